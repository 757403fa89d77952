namespace Bot.Adapters.Discord;

/// <summary>Exponential backoff with jitter, shared by REST retries and Gateway reconnects.</summary>
public static class Backoff
{
    /// <summary>
    /// base·2^attempt capped at <paramref name="max"/>, then "equal jitter": half fixed, half random, so many clients
    /// retrying at once spread out without any of them retrying at once.
    /// </summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan max)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt, 0, 20));
        var capped = Math.Min(exponential, max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }
}
