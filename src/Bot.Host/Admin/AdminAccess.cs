using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Host.Admin;

/// <summary>
/// Who may see /admin: the token check (constant time, over SHA-256 hashes so the lengths leak nothing either), the signed-in
/// sessions (random ids held in memory, only their hashes kept; a restart signs everyone out), and the throttle on failed attempts
/// per client address. The token itself is never stored in a cookie, a URL or a page.
/// </summary>
public sealed class AdminAccess(IOptions<AdminOptions> options, TimeProvider time)
{
    /// <summary>Failed attempts allowed per client address within <see cref="FailureWindow"/>; the next one gets 429.</summary>
    public const int MaxFailures = 5;

    public static readonly TimeSpan FailureWindow = TimeSpan.FromMinutes(1);

    private const int MaxTrackedAddresses = 10_000;

    private readonly byte[] _tokenHash = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Token ?? ""));
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Lock _failuresLock = new();

    public TimeSpan SessionLifetime { get; } = TimeSpan.FromHours(options.Value.SessionHours);

    public bool IsToken(string? candidate) =>
        candidate is { Length: > 0 } && options.Value.Enabled
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), _tokenHash);

    /// <summary>A new session: the id for the cookie (256 random bits) and when it ends.</summary>
    public (string Id, DateTimeOffset Expires) StartSession()
    {
        var now = time.GetUtcNow();
        foreach (var (key, expires) in _sessions)
        {
            if (expires <= now)
            {
                _sessions.TryRemove(key, out _);
            }
        }

        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var until = now + SessionLifetime;
        _sessions[Hash(id)] = until;
        return (id, until);
    }

    public bool IsSession(string? id) =>
        id is { Length: > 0 and < 200 } && _sessions.TryGetValue(Hash(id), out var expires) && expires > time.GetUtcNow();

    public void EndSession(string? id)
    {
        if (id is { Length: > 0 and < 200 })
        {
            _sessions.TryRemove(Hash(id), out _);
        }
    }

    /// <summary>How long <paramref name="client"/> must wait before trying again; zero when it may try now.</summary>
    public TimeSpan RetryAfter(string client)
    {
        var now = time.GetUtcNow();
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
        var now = time.GetUtcNow();
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

    private static void Expire(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + FailureWindow <= now)
        {
            times.Dequeue();
        }
    }

    private static string Hash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
