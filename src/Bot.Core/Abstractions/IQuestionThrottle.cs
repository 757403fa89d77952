using Bot.Core.Routing;

namespace Bot.Core.Abstractions;

/// <summary>Per-user and per-channel limits on questions, so one abusive user or a flooded channel can't starve the rest.</summary>
public interface IQuestionThrottle
{
    /// <summary>False when the question is over a limit; <paramref name="retryAfter"/> says when to try again.</summary>
    bool TryAcquire(Question question, out TimeSpan retryAfter);
}
