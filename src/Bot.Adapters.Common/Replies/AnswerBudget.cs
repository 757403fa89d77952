namespace Bot.Adapters.Common.Replies;

/// <summary>
/// Answer within a budget, else defer: both platforms give 3 seconds for the first response, so an answer ready within the budget
/// goes in it, and a slower one is acknowledged first ("thinking…", "working…") and delivered later.
/// </summary>
public static class AnswerBudget
{
    /// <summary>
    /// True when <paramref name="answering"/> has finished (or failed) within <paramref name="budget"/>: await it and answer now.
    /// False: defer. Never throws, also when <paramref name="cancellationToken"/> ends the wait early (that means defer too).
    /// </summary>
    public static async Task<bool> CompletesWithinAsync(Task answering, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        if (answering.IsCompleted)
        {
            return true;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(answering, Task.Delay(budget, time, wait.Token)).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        return answering.IsCompleted;
    }
}
