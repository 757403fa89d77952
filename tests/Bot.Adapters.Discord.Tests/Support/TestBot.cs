using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Bot.Core.Tests.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>The Core services the adapter needs, as the host wires them, over the repository's real knowledge base.</summary>
public static class TestBot
{
    private static readonly Lazy<KnowledgeBase> Shared = new(RepositoryKnowledge.Load);

    public static KnowledgeBase Knowledge => Shared.Value;

    public static IntentRouter Router(IRetriever? retriever = null) => new(
        new FixedKnowledgeProvider(Knowledge),
        IntentPipeline.Create(retriever ?? new NullRetriever()),
        new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromMinutes(30)),
        new NullQueryLog(),
        TimeProvider.System);

    /// <summary>Registers knowledge, the router (with <paramref name="retriever"/>) and an in-memory feedback store.</summary>
    public static IServiceCollection AddTestBot(this IServiceCollection services, IRetriever? retriever = null)
    {
        services.AddSingleton<IKnowledgeProvider>(new FixedKnowledgeProvider(Knowledge));
        services.AddSingleton(_ => Router(retriever));
        services.AddSingleton<InMemoryFeedbackStore>();
        services.AddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<InMemoryFeedbackStore>());
        return services;
    }
}

/// <summary>A feedback store in memory with the production rule: one vote per user per answer, the last wins.</summary>
public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), FeedbackVote> _votes = new();

    public void Record(FeedbackVote vote) => _votes[(vote.AnswerId, vote.UserId)] = vote;

    public IReadOnlyList<FeedbackVote> ForAnswer(string answerId) => [.. _votes.Values.Where(v => v.AnswerId == answerId)];
}

/// <summary>
/// A retriever that holds every search until <see cref="Release"/>: makes a free-form answer "slow" without any sleeping,
/// so the handler has to defer.
/// </summary>
public sealed class GatedRetriever : IRetriever
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsEnabled => true;

    /// <summary>Completes when a search is waiting at the gate.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _gate.TrySetResult();

    public async Task<RetrievalResult> RetrieveAsync(string question, int maxPassages, CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
        return RetrievalResult.Empty;
    }
}
