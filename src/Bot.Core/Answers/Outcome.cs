namespace Bot.Core.Answers;

/// <summary>What kind of reply the bot gives.</summary>
public enum Outcome
{
    /// <summary>A sourced answer.</summary>
    Answer,

    /// <summary>A polite refusal: out of scope, abusive, or no grounded answer.</summary>
    Decline,

    /// <summary>The question needs more detail (e.g. a follow-up with no context).</summary>
    Clarify,
}
