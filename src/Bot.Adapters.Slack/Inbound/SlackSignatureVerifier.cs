using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Inbound;

/// <summary>
/// Slack's request signing: <c>v0=hex(HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}"))</c>, compared in
/// constant time, and only within five minutes of our clock so a captured request cannot be replayed later.
/// </summary>
public sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0";

    public bool IsValid(string? timestamp, string? signature, ReadOnlySpan<byte> rawBody)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(signature)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)Window.TotalSeconds)
        {
            return false;
        }

        var expected = Sign(secret, timestamp!, rawBody);
        Span<byte> actual = stackalloc byte[expected.Length];
        // A signature of any other length (or non-ASCII) cannot match; FixedTimeEquals needs equal lengths to compare.
        if (signature.Length != expected.Length || Encoding.ASCII.GetBytes(signature, actual) != expected.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>The <c>X-Slack-Signature</c> value for a body (used by tests and the load tool to sign requests).</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> rawBody) => Encoding.ASCII.GetString(Sign(secret, timestamp, rawBody));

    private static byte[] Sign(string secret, string timestamp, ReadOnlySpan<byte> rawBody)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(prefix);
        hmac.AppendData(rawBody);
        Span<byte> mac = stackalloc byte[32];
        hmac.GetHashAndReset(mac);
        return Encoding.ASCII.GetBytes(Version + "=" + Convert.ToHexStringLower(mac));
    }
}
