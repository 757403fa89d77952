using System.Threading.RateLimiting;
using Bot.Core.Abstractions;
using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Throttling;

/// <summary>
/// Token buckets per user and per channel (System.Threading.RateLimiting, partitioned by key; the partitioned limiter
/// replenishes them on its own heartbeat). Questions without a user (the console, evaluations) are never limited.
/// </summary>
public sealed class QuestionThrottle : IQuestionThrottle, IDisposable
{
    private readonly PartitionedRateLimiter<Question> _limiter;

    public QuestionThrottle(IOptions<ThrottleOptions> options)
    {
        var o = options.Value;
        var limiters = new List<PartitionedRateLimiter<Question>>();
        if (o.PerUserPerMinute > 0)
        {
            limiters.Add(PartitionedRateLimiter.Create<Question, string>(
                q => Bucket($"user:{q.Platform}:{q.UserId}", o.PerUserPerMinute, q.UserId is null), StringComparer.Ordinal));
        }

        if (o.PerChannelPerMinute > 0)
        {
            limiters.Add(PartitionedRateLimiter.Create<Question, string>(
                q => Bucket($"channel:{q.Platform}:{q.ChannelId}", o.PerChannelPerMinute, q.ChannelId is null || q.UserId is null), StringComparer.Ordinal));
        }

        _limiter = limiters.Count == 0
            ? PartitionedRateLimiter.Create<Question, string>(_ => RateLimitPartition.GetNoLimiter("off"), StringComparer.Ordinal)
            : PartitionedRateLimiter.CreateChained([.. limiters]);
    }

    private static RateLimitPartition<string> Bucket(string key, int perMinute, bool exempt) => exempt
        ? RateLimitPartition.GetNoLimiter("exempt")
        : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            // A full minute's allowance at once (bursts are normal in chat), refilled evenly over the minute.
            TokenLimit = perMinute,
            TokensPerPeriod = Math.Max(1, perMinute / 6),
            ReplenishmentPeriod = TimeSpan.FromSeconds(10),
            QueueLimit = 0,
            AutoReplenishment = false,
        });

    public bool TryAcquire(Question question, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(question);
        if (lease.IsAcquired)
        {
            retryAfter = TimeSpan.Zero;
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(10);
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
