using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Digest;

/// <summary>The one key per channel per local date that every attempt of a digest post carries.</summary>
public static class IdempotencyKey
{
    public static string For(string platform, string channel, DateOnly localDate) =>
        $"{platform}:{channel}:{localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The key squeezed into a Discord message <c>nonce</c> (at most 25 characters): a stable hash, so every retry of
    /// the same digest sends the same nonce and <c>enforce_nonce</c> lets Discord drop the duplicate.
    /// </summary>
    public static string ToNonce(string key, int maxLength = 25) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..maxLength];
}
