using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Host.Admin;

/// <summary>
/// Who may see /admin: the token check (constant time, over SHA-256 hashes so the lengths leak nothing either), the signed-in
/// sessions, the anti-forgery tokens of the forms, and the throttle on failed attempts per client address. The token itself is
/// never stored in a cookie, a URL or a page.
/// <para>
/// A session is a self-validating cookie, <c>v1.&lt;expiry, unix seconds&gt;.&lt;random id, 128 bits&gt;.&lt;HMAC-SHA256&gt;</c>,
/// the MAC keyed by HMAC(token, "jkbot admin session v1"): every replica with the same <c>Admin:Token</c> accepts it and a
/// restart keeps it; changing the token ends every session everywhere. Sign-out revokes the id on this replica only (in
/// memory, until it would have expired, bounded): a copy of the cookie stays valid on the other replicas until its expiry.
/// Anti-forgery tokens are HMACs too (of the session id, or before sign-in of a random pre-session cookie), so a form
/// rendered by one replica is accepted by another.
/// </para>
/// </summary>
public sealed class AdminAccess
{
    /// <summary>Failed attempts allowed per client address within <see cref="FailureWindow"/>; the next one gets 429.</summary>
    public const int MaxFailures = 5;

    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(1);

    /// <summary>How far replicas' clocks may disagree: an expiry up to this much beyond now + the lifetime is still accepted.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Signed-out ids remembered per replica; beyond it the one closest to its expiry is forgotten first.</summary>
    public const int MaxRevoked = 10_000;

    /// <summary>The longest cookie value looked at; anything longer is refused unread.</summary>
    public const int MaxCookieLength = 128;

    private const int MaxTrackedAddresses = 10_000;
    private const string Version = "v1";
    private const int IdBytes = 16;
    private const int IdChars = 22;   // base64url of 16 bytes, unpadded
    private const int MacChars = 43;  // base64url of 32 bytes, unpadded
    private const int MaxExpiryDigits = 12;

    private readonly IOptions<AdminOptions> _options;
    private readonly TimeProvider _time;
    private readonly byte[] _tokenHash;
    private readonly byte[] _sessionKey;
    private readonly byte[] _formKey;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);
    private readonly Lock _revokedLock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _failuresLock = new();

    public AdminAccess(IOptions<AdminOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
        var token = Encoding.UTF8.GetBytes(options.Value.Token ?? "");
        _tokenHash = SHA256.HashData(token);
        _sessionKey = HMACSHA256.HashData(token, "jkbot admin session v1"u8);
        _formKey = HMACSHA256.HashData(token, "jkbot admin form v1"u8);
        SessionLifetime = TimeSpan.FromHours(options.Value.SessionHours);
    }

    public TimeSpan SessionLifetime { get; }

    /// <summary>How many signed-out ids this replica remembers (at most <see cref="MaxRevoked"/>).</summary>
    internal int RevokedCount => _revoked.Count;

    public bool IsToken(string? candidate) =>
        candidate is { Length: > 0 } && _options.Value.Enabled
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), _tokenHash);

    /// <summary>A new session: the cookie value (version, expiry, 128 random bits, MAC) and when it ends.</summary>
    public (string Id, DateTimeOffset Expires) StartSession()
    {
        var expiry = _time.GetUtcNow().ToUnixTimeSeconds() + (long)SessionLifetime.TotalSeconds;
        var payload = string.Create(CultureInfo.InvariantCulture, $"{Version}.{expiry}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes))}");
        return (payload + "." + Mac(payload), DateTimeOffset.FromUnixTimeSeconds(expiry));
    }

    public bool IsSession(string? cookie) => Verify(cookie) is { } session && !_revoked.ContainsKey(session.Id);

    /// <summary>Signs <paramref name="cookie"/> out on this replica: its id is refused here until it would have expired.</summary>
    public void EndSession(string? cookie)
    {
        if (Verify(cookie) is not { } session)
        {
            return;
        }

        var now = _time.GetUtcNow();
        lock (_revokedLock)
        {
            if (_revoked.Count >= MaxRevoked)
            {
                foreach (var (id, expires) in _revoked)
                {
                    if (expires <= now)
                    {
                        _revoked.TryRemove(id, out _);
                    }
                }

                while (_revoked.Count >= MaxRevoked)
                {
                    _revoked.TryRemove(_revoked.MinBy(r => r.Value).Key, out _);
                }
            }

            _revoked[session.Id] = session.Expires;
        }
    }

    /// <summary>The anti-forgery token for forms of the session in <paramref name="cookie"/> (call only for a valid session).</summary>
    public string SessionFormToken(string cookie) => FormMac("session", cookie);

    /// <summary>The anti-forgery token of the sign-in form, bound to the random pre-session cookie <paramref name="binding"/>.</summary>
    public string SignInFormToken(string binding) => FormMac("signin", binding);

    /// <summary>A new pre-session cookie value (128 random bits) for the sign-in form's anti-forgery token.</summary>
    public static string NewFormBinding() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(IdBytes));

    /// <summary>A signed-in form: <paramref name="field"/> is the token of the valid, not signed-out session in <paramref name="cookie"/>.</summary>
    public bool IsSessionForm(string? cookie, string? field) =>
        IsSession(cookie) && FixedEquals(field, SessionFormToken(cookie!));

    /// <summary>The sign-in form: <paramref name="field"/> is the token of the pre-session cookie <paramref name="binding"/>.</summary>
    public bool IsSignInForm(string? binding, string? field) =>
        IsFormBinding(binding) && FixedEquals(field, SignInFormToken(binding!));

    /// <summary>Whether <paramref name="binding"/> has the shape of <see cref="NewFormBinding"/> (so a junk cookie is replaced).</summary>
    public static bool IsFormBinding(string? binding) => binding is { Length: IdChars } && IsBase64Url(binding);

    /// <summary>How long <paramref name="client"/> must wait before trying again; zero when it may try now.</summary>
    public TimeSpan RetryAfter(string client)
    {
        var now = _time.GetUtcNow();
        lock (_failuresLock)
        {
            if (!_failures.TryGetValue(client, out var times))
            {
                return TimeSpan.Zero;
            }

            Expire(times, now);
            return times.Count >= MaxFailures ? times.Peek() + FailureWindow - now : TimeSpan.Zero;
        }
    }

    public void RecordFailure(string client)
    {
        var now = _time.GetUtcNow();
        lock (_failuresLock)
        {
            if (_failures.Count >= MaxTrackedAddresses)
            {
                // Many addresses (a spray): forget the ones whose failures have all expired, so memory stays bounded.
                foreach (var (key, queue) in _failures.ToList())
                {
                    Expire(queue, now);
                    if (queue.Count == 0)
                    {
                        _failures.Remove(key);
                    }
                }
            }

            if (!_failures.TryGetValue(client, out var times))
            {
                _failures[client] = times = new Queue<DateTimeOffset>();
            }

            Expire(times, now);
            times.Enqueue(now);
        }
    }

    /// <summary>
    /// The session in <paramref name="cookie"/> when it is well formed, of this version, signed with this token's key, not expired
    /// and not dated further ahead than the lifetime (plus <see cref="ClockSkew"/>); otherwise null. Never throws.
    /// </summary>
    private (string Id, DateTimeOffset Expires)? Verify(string? cookie)
    {
        if (!_options.Value.Enabled || cookie is not { Length: > 0 and <= MaxCookieLength })
        {
            return null;
        }

        var parts = cookie.Split('.');
        if (parts.Length != 4 || parts[0] != Version
            || parts[1] is not { Length: > 0 and <= MaxExpiryDigits } digits || !digits.All(char.IsAsciiDigit)
            || parts[2].Length != IdChars || !IsBase64Url(parts[2])
            || parts[3].Length != MacChars || !IsBase64Url(parts[3]))
        {
            return null;
        }

        // The MAC first, over the text exactly as sent (so no second spelling of the same bytes passes), compared in constant time.
        var payload = cookie[..^(MacChars + 1)];
        if (!FixedEquals(parts[3], Mac(payload)))
        {
            return null;
        }

        var seconds = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var now = _time.GetUtcNow();
        if (seconds > now.ToUnixTimeSeconds() + (long)(SessionLifetime + ClockSkew).TotalSeconds)
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return expires > now ? (parts[2], expires) : null;
    }

    private string Mac(string payload) => Base64Url.EncodeToString(HMACSHA256.HashData(_sessionKey, Encoding.ASCII.GetBytes(payload)));

    private string FormMac(string purpose, string binding) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_formKey, Encoding.UTF8.GetBytes(purpose + "|" + binding)));

    /// <summary>Constant time for strings of the expected length; anything else (null, another length) is simply unequal.</summary>
    private static bool FixedEquals(string? candidate, string expected) =>
        candidate is not null && candidate.Length == expected.Length
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), Encoding.ASCII.GetBytes(expected));

    private static bool IsBase64Url(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + FailureWindow <= now)
        {
            times.Dequeue();
        }
    }
}
