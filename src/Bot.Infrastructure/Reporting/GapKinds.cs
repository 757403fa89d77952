namespace Bot.Infrastructure.Reporting;

/// <summary>Why a question counts as a gap; <see cref="Bot.Core.Reporting.Gap.Outcome"/> holds one of these.</summary>
public static class GapKinds
{
    public const string Decline = "decline";
    public const string Clarify = "clarify";

    /// <summary>Answered, but with a confidence below <see cref="CuratorReportBuilder.LowConfidenceBelow"/>.</summary>
    public const string LowConfidence = "low-confidence";

    /// <summary>Answered, and someone voted the answer 👎.</summary>
    public const string VotedDown = "voted-down";
}
