using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Bot.Benchmarks.Retrieval;
using Bot.Infrastructure.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Benchmarks.Routing;

/// <summary>
/// One typed question as the product issue lists them, the intent and outcome it must get (checked before timing, so a
/// routing change cannot make a case silently measure another path) and the target that applies: fixed intents P99 &lt; 1 ms,
/// free-form (hybrid retrieval) P99 &lt; 30 ms.
/// </summary>
public sealed record RoutingCase(string Name, string Text, string Intent, Outcome Outcome)
{
    // Passage answers are retrieval answers too: a question no fixed intent holds, answered from the hybrid search.
    public bool IsFreeForm => Intent is IntentNames.FreeForm or IntentNames.Passage;

    public double TargetP99Ms => IsFreeForm ? 30 : 1;

    public override string ToString() => Name; // BenchmarkDotNet shows this as the parameter value
}

public static class RoutingCases
{
    public static readonly IReadOnlyList<RoutingCase> All =
    [
        new("en statistic", "korea imports from japan 2019", IntentNames.Statistic, Outcome.Answer),
        new("en timeline event", "When was the 1965 treaty signed?", IntentNames.Timeline, Outcome.Answer),
        new("en faq", "why do they argue about dokdo", IntentNames.Faq, Outcome.Answer),
        new("en two-part", "when did Ishiba resign and who followed him?", IntentNames.Timeline, Outcome.Answer),
        new("en claim check", "Park signed GSOMIA, didn't she?", IntentNames.Timeline, Outcome.Answer),
        new("en computed growth %", "by how many percent did korea's imports from japan grow between 2020 and 2022?", IntentNames.Statistic, Outcome.Answer),
        new("en now", "who is Japan's prime minister right now?", IntentNames.Role, Outcome.Answer),
        new("en prediction", "will trade top $100 bn by 2030?", IntentNames.Faq, Outcome.Decline),
        new("en out of scope", "what's the weather in tokyo tomorrow", IntentNames.OutOfScope, Outcome.Decline),
        new("en free-form", "why is korean chipmaking so dependent on japanese materials", IntentNames.FreeForm, Outcome.Answer),
        new("ko statistic", "2019년 대일 수입", IntentNames.Statistic, Outcome.Answer),
        new("ko timeline", "2019년에 한일 관계가 왜 악화됐나요?", IntentNames.Timeline, Outcome.Answer),
        new("ko faq", "후쿠시마 처리수 방류에 대해 한국 정부는 어떤 입장인가요?", IntentNames.Faq, Outcome.Answer),
        new("ko free-form", "한국 반도체가 일본 소재에 왜 의존해?", IntentNames.Passage, Outcome.Answer),
        new("ja statistic", "2019年の日本からの輸入額", IntentNames.Statistic, Outcome.Answer),
        new("ja passage", "2019年に日韓関係はなぜ悪化したのですか?", IntentNames.Passage, Outcome.Answer),
        new("ja faq", "福島の処理水放出について韓国政府の立場は?", IntentNames.Faq, Outcome.Answer),
        new("ja free-form", "日韓の秘密軍事情報保護協定って韓国語でなんていう？", IntentNames.FreeForm, Outcome.Answer),
    ];
}

/// <summary>
/// Two routers over the same knowledge, neither with storage (conversation context is never kept, so every call of a case
/// does the same work, and nothing is logged): <see cref="Hybrid"/> is the production router — every intent, the real
/// hybrid retriever and extractive composer from the CLI's own composition; <see cref="RoutingOnly"/> has no retriever, as
/// <see cref="FixedIntentBenchmarks"/> measures routing (the FAQ intent's section search and free-form retrieval are off).
/// </summary>
public sealed class RoutingHost : IDisposable
{
    private readonly ModeHost _host;
    private readonly CountingRetriever _retriever;

    private RoutingHost(ModeHost host)
    {
        _host = host;
        _retriever = new CountingRetriever(host.Retriever);
        var services = host.Services;
        var knowledge = services.GetRequiredService<IKnowledgeProvider>();
        Hybrid = Router(knowledge, IntentPipeline.Create(_retriever, services.GetService<IAnswerComposer>()));
        RoutingOnly = Router(knowledge, IntentPipeline.Create(new NullRetriever()));
    }

    public IntentRouter Hybrid { get; }

    public IntentRouter RoutingOnly { get; }

    /// <summary>How many times the hybrid router has asked the retriever so far.</summary>
    public int RetrieverCalls => _retriever.Calls;

    public static RoutingHost Start(string storagePath)
    {
        ModeHost.ConfigureEnvironment(storagePath, quiet: true);
        return new RoutingHost(ModeHost.StartAsync(RetrievalMode.Hybrid).GetAwaiter().GetResult());
    }

    public static Task<Answer> Ask(IntentRouter router, RoutingCase c) =>
        router.RouteAsync(new Question { Text = c.Text, ConversationKey = "bench", Platform = "bench" });

    /// <summary>Throws unless every case gets the intent and outcome it claims from the router (free-form cases only need retrieval).</summary>
    public void CheckRoutes(IEnumerable<RoutingCase> cases)
    {
        var wrong = new List<string>();
        foreach (var c in cases)
        {
            foreach (var (name, router) in new[] { ("hybrid", Hybrid), ("routing only", RoutingOnly) })
            {
                if (c.IsFreeForm && router == RoutingOnly)
                {
                    continue;
                }

                var answer = Ask(router, c).GetAwaiter().GetResult();
                if (answer.Intent != c.Intent || answer.Outcome != c.Outcome)
                {
                    wrong.Add($"{name}: \"{c.Text}\" was routed to {answer.Intent}/{answer.Outcome}, the case expects {c.Intent}/{c.Outcome}");
                }
            }
        }

        if (wrong.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', wrong));
        }
    }

    public void Dispose() => _host.Dispose();

    private static IntentRouter Router(IKnowledgeProvider knowledge, IReadOnlyList<IIntent> intents) =>
        new(knowledge, intents, new NoConversations(), new NullQueryLog(), TimeProvider.System);

    /// <summary>A thread that never remembers anything: each question is asked as the first of its conversation.</summary>
    private sealed class NoConversations : IConversationStore
    {
        public ConversationState? Get(string conversationKey) => null;

        public void Set(string conversationKey, ConversationState state)
        {
        }
    }

    /// <summary>Counts calls, so the report can say which answers pay for retrieval (an embedding of the question).</summary>
    private sealed class CountingRetriever(IRetriever inner) : IRetriever
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public bool IsEnabled => inner.IsEnabled;

        public Task<RetrievalResult> RetrieveAsync(string question, int maxPassages, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return inner.RetrieveAsync(question, maxPassages, cancellationToken);
        }
    }
}
