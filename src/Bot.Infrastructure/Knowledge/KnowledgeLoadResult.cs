using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>The outcome of loading a knowledge folder: a snapshot only when nothing is wrong, and every problem found.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? Knowledge, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool IsValid => Knowledge is not null && Problems.Count == 0;

    /// <summary>Neutrality warnings (file:line) on a valid base; each should be fixed or justified next to the entry.</summary>
    public IReadOnlyList<KnowledgeProblem> Warnings { get; init; } = [];
}
