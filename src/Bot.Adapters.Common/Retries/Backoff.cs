namespace Bot.Adapters.Common.Retries;

/// <summary>
/// Exponential backoff with "equal jitter": base·2^attempt capped at the maximum, then half of it fixed and half random,
/// so many clients retrying at once spread out and none retries immediately. Shared by every platform client
/// (Discord REST and Gateway, Slack Web API and Socket Mode).
/// </summary>
public static class Backoff
{
    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="jitter">A value in [0, 1); tests pass a fixed one.</param>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double? jitter = null)
    {
        if (baseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var step = baseDelay.Ticks * Math.Pow(2, Math.Clamp(attempt, 0, 30));
        var capped = Math.Min(step, maxDelay.Ticks);
        var random = jitter ?? Random.Shared.NextDouble();
        return TimeSpan.FromTicks((long)((capped / 2) + (capped / 2 * random)));
    }
}
