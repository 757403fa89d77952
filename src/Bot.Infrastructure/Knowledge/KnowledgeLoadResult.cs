using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>The outcome of loading a knowledge folder: a snapshot only when nothing is wrong, and every problem found.</summary>
public sealed record KnowledgeLoadResult(KnowledgeBase? Knowledge, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool IsValid => Knowledge is not null && Problems.Count == 0;
}
