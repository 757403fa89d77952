using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>The Core services the adapter needs, as the host wires them, over the repository's real knowledge base.</summary>
public static class TestBot
{
    private static readonly Lazy<KnowledgeBase> Shared = new(RepositoryKnowledge.Load);

    public static KnowledgeBase Knowledge => Shared.Value;

    /// <summary>The production pipeline, after <paramref name="first"/> when given (a test intent that runs before all others).</summary>
    public static IntentRouter Router(IIntent? first = null, IConversationStore? conversations = null) => new(
        new FixedKnowledgeProvider(Knowledge),
        first is null ? IntentPipeline.Create(new NullRetriever()) : [first, .. IntentPipeline.Create(new NullRetriever())],
        conversations ?? new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromMinutes(30)),
        new NullQueryLog(),
        TimeProvider.System);

    /// <summary>Registers knowledge, the router (with <paramref name="first"/> ahead of the real intents) and an in-memory feedback store.</summary>
    public static IServiceCollection AddTestBot(this IServiceCollection services, IIntent? first = null)
    {
        services.AddSingleton<IKnowledgeProvider>(new FixedKnowledgeProvider(Knowledge));
        // The router's follow-up context is the app's too, as in the host (a thread started from an answer carries its context).
        services.AddSingleton<IConversationStore>(new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromMinutes(30)));
        services.AddSingleton(sp => Router(first, sp.GetRequiredService<IConversationStore>()));
        services.AddSingleton<InMemoryFeedbackStore>();
        services.AddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<InMemoryFeedbackStore>());
        return services;
    }
}

/// <summary>A feedback store in memory with the production rule: one vote per user per answer, the last wins.</summary>
public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Platform, string AnswerId, string UserId), bool> _votes = new();

    public void Record(string platform, string answerId, string userId, bool helpful) => _votes[(platform, answerId, userId)] = helpful;

    public (int Helpful, int NotHelpful) Totals(string answerId) =>
        (_votes.Count(v => v.Key.AnswerId == answerId && v.Value), _votes.Count(v => v.Key.AnswerId == answerId && !v.Value));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Platform, string AnswerId, string UserId), (string Reason, string? Text)> _reasons = new();

    /// <summary>As the real stores: only a 👎 takes a reason.</summary>
    public bool RecordReason(string platform, string answerId, string userId, string reason, string? text)
    {
        if (!_votes.TryGetValue((platform, answerId, userId), out var helpful) || helpful)
        {
            return false;
        }

        _reasons[(platform, answerId, userId)] = (reason, text);
        return true;
    }

    public IReadOnlyList<FeedbackRecord> Since(DateTimeOffset from) =>
        [.. _votes.Select(v => new FeedbackRecord(DateTimeOffset.UtcNow, v.Key.Platform, v.Key.AnswerId, v.Value,
            !v.Value && _reasons.TryGetValue(v.Key, out var r) ? r.Reason : null, !v.Value && _reasons.TryGetValue(v.Key, out var t) ? t.Text : null))];

    /// <summary>Each user's current vote on an answer.</summary>
    public IReadOnlyDictionary<string, bool> Votes(string answerId) =>
        _votes.Where(v => v.Key.AnswerId == answerId).ToDictionary(v => v.Key.UserId, v => v.Value);
}

/// <summary>
/// An intent asked before all others that holds every question until <see cref="Release"/>, then lets the real intents answer:
/// makes an answer "slow" without any sleeping, so the handler has to defer — whatever the routing rules of the day.
/// </summary>
public sealed class GatedIntent : IIntent
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "gated";

    public void Release() => _gate.TrySetResult();

    public async ValueTask<Bot.Core.Routing.Choosing.Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return null;
    }
}
