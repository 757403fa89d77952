using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Builds a reloaded snapshot's routing index before the snapshot goes live, so no question waits for it.</summary>
public sealed class RoutingIndexWarmer(RoutingIndexCache indexes) : IKnowledgeSnapshotWarmer
{
    public Task PrepareAsync(KnowledgeBase next, CancellationToken cancellationToken)
    {
        _ = indexes.For(next);
        return Task.CompletedTask;
    }
}
