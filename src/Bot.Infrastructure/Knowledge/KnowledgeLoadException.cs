namespace Bot.Infrastructure.Knowledge;

/// <summary>The knowledge base is broken: the bot refuses to start rather than answer from half a base.</summary>
public sealed class KnowledgeLoadException(IReadOnlyList<KnowledgeProblem> problems)
    : Exception($"The knowledge base has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<KnowledgeProblem> Problems { get; } = problems;
}
