using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// The real knowledge base, loaded once per test class, and routers built over it exactly as the host builds
/// them: the production pipeline, no retriever, an in-memory conversation store and a clock fixed on 27 November 2026.
/// </summary>
public sealed class RouterFixture
{
    /// <summary>"Today" for every routing test: relative dates ("last year", "this year") resolve against it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    public static readonly TimeSpan ConversationTtl = TimeSpan.FromMinutes(30);

    public RouterFixture()
    {
        Knowledge = RepositoryKnowledge.Load();
        Shared = NewSession();
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>A router shared by single-question tests; each question gets its own conversation key.</summary>
    public RouterSession Shared { get; }

    /// <summary>A router with its own clock and conversation store, for follow-up sequences.</summary>
    public RouterSession NewSession() => new(Knowledge);

    /// <summary>Asks one question in a fresh conversation (no follow-up context).</summary>
    public Task<Answer> AskAsync(string text) => Shared.AskAsync(text, Guid.NewGuid().ToString("N"));

    public Task<Answer> AskAsync(StructuredCommand command) => Shared.AskAsync(command, Guid.NewGuid().ToString("N"));
}

/// <summary>One router and the clock and conversation store behind it.</summary>
public sealed class RouterSession
{
    /// <summary>A guard against hangs, not a speed test: a fixed-intent answer takes well under a millisecond.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly IntentRouter _router;

    public RouterSession(KnowledgeBase knowledge)
    {
        Time = new FakeTimeProvider(RouterFixture.Now);
        Conversations = new InMemoryConversationStore(Time, RouterFixture.ConversationTtl);
        _router = new IntentRouter(
            new FixedKnowledgeProvider(knowledge),
            IntentPipeline.Create(new NullRetriever()),
            Conversations,
            new NullQueryLog(),
            Time);
    }

    public FakeTimeProvider Time { get; }

    public InMemoryConversationStore Conversations { get; }

    /// <summary>The conversation key used when a test does not give one.</summary>
    public string Key { get; } = "test:" + Guid.NewGuid().ToString("N");

    public Task<Answer> AskAsync(string text, string? key = null) =>
        _router.RouteAsync(new Question { Text = text, ConversationKey = key ?? Key, Platform = "test" }).WaitAsync(Bound);

    /// <summary>How each part of <paramref name="text"/> was read in this session's conversation, without answering it.</summary>
    public Task<IReadOnlyList<IntentRouter.PartTrace>> ExplainAsync(string text) =>
        _router.ExplainAsync(new Question { Text = text, ConversationKey = Key, Platform = "test" }).WaitAsync(Bound);

    /// <summary>A question with every field set by the test (locale, channel language, forced language).</summary>
    public Task<Answer> AskAsync(Question question) => _router.RouteAsync(question).WaitAsync(Bound);

    public Task<Answer> AskAsync(StructuredCommand command, string? key = null) =>
        _router.RouteAsync(new Question
        {
            Text = "",
            ConversationKey = key ?? Key,
            Platform = "test",
            Command = command,
        }).WaitAsync(Bound);
}
