using Bot.Core.Knowledge;

namespace Bot.Core.Abstractions;

/// <summary>Gives the current knowledge snapshot; a reload swaps it atomically.</summary>
public interface IKnowledgeProvider
{
    KnowledgeBase Current { get; }
}

/// <summary>A provider over one fixed snapshot (CLI runs, tests).</summary>
public sealed class FixedKnowledgeProvider(KnowledgeBase knowledge) : IKnowledgeProvider
{
    public KnowledgeBase Current { get; } = knowledge;
}
