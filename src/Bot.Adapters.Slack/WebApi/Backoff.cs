namespace Bot.Adapters.Slack.WebApi;

/// <summary>Exponential backoff with "equal jitter": half the step is fixed, half random, so many clients never retry in lockstep.</summary>
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
        return TimeSpan.FromTicks((long)(capped / 2 + capped / 2 * random));
    }
}
