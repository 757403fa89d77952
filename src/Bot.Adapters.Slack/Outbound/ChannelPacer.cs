using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Outbound;

/// <summary>
/// Spaces chat.postMessage calls to one channel by <see cref="SlackOptions.ChannelMessageInterval"/> (Slack allows
/// about one message per second per channel). Each caller reserves the next free slot, so a burst is spread out in
/// arrival order instead of being rejected by Slack with a 429.
/// </summary>
public sealed class ChannelPacer(IOptions<SlackOptions> options, TimeProvider time)
{
    /// <summary>Beyond this many channels remembered, slots already in the past are forgotten.</summary>
    internal const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long the caller must wait before posting to <paramref name="channel"/>; reserves that slot.</summary>
    public TimeSpan Reserve(string channel)
    {
        var interval = options.Value.ChannelMessageInterval;
        if (interval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_nextSlot.Count > PruneAbove)
            {
                foreach (var (key, slot) in _nextSlot)
                {
                    if (slot <= now)
                    {
                        _nextSlot.TryRemove(key, out _);
                    }
                }
            }

            var start = _nextSlot.TryGetValue(channel, out var next) && next > now ? next : now;
            _nextSlot[channel] = start + interval;
            return start - now;
        }
    }

    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var wait = Reserve(channel);
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }

    internal int Remembered => _nextSlot.Count;
}
