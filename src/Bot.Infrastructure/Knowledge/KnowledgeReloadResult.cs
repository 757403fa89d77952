namespace Bot.Infrastructure.Knowledge;

/// <summary>What a reload did: swapped in a new snapshot, found nothing changed, or kept the last good one.</summary>
public sealed record KnowledgeReloadResult(KnowledgeReloadOutcome Outcome, string Version, IReadOnlyList<KnowledgeProblem> Problems)
{
    public override string ToString() => Outcome switch
    {
        KnowledgeReloadOutcome.Reloaded => $"knowledge reloaded (version {Version})",
        KnowledgeReloadOutcome.Unchanged => $"knowledge unchanged (version {Version})",
        _ => $"knowledge NOT reloaded: {Problems.Count} problem(s); still serving version {Version}",
    };
}

/// <summary>A reload and when it ran.</summary>
public sealed record KnowledgeReloadAttempt(DateTimeOffset At, KnowledgeReloadResult Result);

public enum KnowledgeReloadOutcome
{
    Reloaded,
    Unchanged,
    KeptLastGood,
}
