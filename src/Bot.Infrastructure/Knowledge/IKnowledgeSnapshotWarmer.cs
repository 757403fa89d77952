using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Something that precomputes per-snapshot state (indexes) before a reloaded snapshot goes live.</summary>
public interface IKnowledgeSnapshotWarmer
{
    Task PrepareAsync(KnowledgeBase next, CancellationToken cancellationToken);
}
