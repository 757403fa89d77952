using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace Bot.Adapters.Discord.Outbound;

/// <summary>
/// What the <c>X-RateLimit-*</c> headers said: which bucket each route template belongs to, and which buckets are spent until when.
/// Only spent buckets are kept (interaction tokens make most routes one-off), and they are dropped once their reset passes.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private const int PruneAbove = 1000;

    private readonly ConcurrentDictionary<string, string> _bucketOfTemplate = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _spentUntil = new(StringComparer.Ordinal);
    private long _globalUntilTicks;

    /// <summary>How long to wait before calling <paramref name="route"/>: until the global limit and its bucket have reset.</summary>
    public TimeSpan WaitFor(DiscordRoute route)
    {
        var now = time.GetUtcNow();
        var until = new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero);
        if (_spentUntil.TryGetValue(BucketId(route), out var bucketUntil))
        {
            if (bucketUntil <= now)
            {
                _spentUntil.TryRemove(BucketId(route), out _);
            }
            else if (bucketUntil > until)
            {
                until = bucketUntil;
            }
        }

        return until > now ? until - now : TimeSpan.Zero;
    }

    /// <summary>Reads the headers of any response.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } bucket)
        {
            _bucketOfTemplate[route.Template] = bucket;
        }

        var id = BucketId(route);
        var remaining = Header(headers, "X-RateLimit-Remaining");
        if (remaining == "0" && Seconds(Header(headers, "X-RateLimit-Reset-After")) is { } resetAfter)
        {
            Spend(id, resetAfter);
        }
        else if (remaining is not null)
        {
            _spentUntil.TryRemove(id, out _);
        }
    }

    /// <summary>A 429: the route's bucket, or every route when <paramref name="global"/>, waits <paramref name="retryAfter"/>.</summary>
    public void Limited(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        if (!global)
        {
            Spend(BucketId(route), retryAfter);
            return;
        }

        var until = (time.GetUtcNow() + retryAfter).UtcTicks;
        long seen;
        while ((seen = Interlocked.Read(ref _globalUntilTicks)) < until && Interlocked.CompareExchange(ref _globalUntilTicks, until, seen) != seen)
        {
        }
    }

    public static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < 86_400 ? TimeSpan.FromSeconds(s) : null;

    public static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private void Spend(string id, TimeSpan wait)
    {
        if (_spentUntil.Count > PruneAbove)
        {
            var now = time.GetUtcNow();
            foreach (var (key, until) in _spentUntil)
            {
                if (until <= now)
                {
                    _spentUntil.TryRemove(key, out _);
                }
            }
        }

        _spentUntil[id] = time.GetUtcNow() + wait;
    }

    private string BucketId(DiscordRoute route) =>
        (_bucketOfTemplate.TryGetValue(route.Template, out var bucket) ? bucket : route.Template) + "|" + route.Major;
}
