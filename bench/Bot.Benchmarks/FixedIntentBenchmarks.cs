using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Bot.Infrastructure.Knowledge;

namespace Bot.Benchmarks;

/// <summary>
/// One typed question per fixed intent, answered in-process by the real router over the real knowledge/ folder,
/// with in-memory conversation context and no query log (storage is not part of this figure). Target: P99 &lt; 1 ms.
/// </summary>
[Config(typeof(PerCallLatencyConfig))]
[GcServer(false)] // workstation GC, as these figures were first measured (the benchmark host process now runs server GC)
public class FixedIntentBenchmarks
{
    private const string FollowUpKey = "bench:follow-up";

    // Each question, the intent and outcome it must get (checked in setup, so a routing change cannot make the
    // benchmark silently measure a different path).
    private static readonly Question StatisticYear = Ask("korea imports from japan 2011");
    private static readonly Question StatisticRange = Ask("korea exports to japan 2015-2020");
    private static readonly Question TimelineWhen = Ask("When was the 1965 treaty signed?");
    private static readonly Question TimelineYear = Ask("what happened in 2019");
    private static readonly Question Faq = Ask("why do they argue about dokdo");
    private static readonly Question Glossary = Ask("who is lee jae-myung");
    private static readonly Question OutOfScope = Ask("what's the weather in tokyo tomorrow");
    private static readonly Question FollowUp = Ask("and the year after that?", FollowUpKey);

    private IntentRouter _router = null!;
    private InMemoryConversationStore _conversations = null!;
    private ConversationState _followUpContext = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(RepositoryPaths.Root(), "knowledge");
        var loaded = new KnowledgeLoader().Load(folder);
        if (!loaded.IsValid)
        {
            throw new InvalidOperationException($"{folder} does not load:\n{string.Join('\n', loaded.Problems)}");
        }

        _conversations = new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromMinutes(30));
        _router = new IntentRouter(
            new FixedKnowledgeProvider(loaded.Knowledge!),
            IntentPipeline.Create(new NullRetriever()),
            _conversations,
            new NullQueryLog(),
            TimeProvider.System);

        // The context "and the year after that?" follows; restored before every call so each call does the same work.
        Expect(Ask("korea exports to japan 2019", FollowUpKey), IntentNames.Statistic, Outcome.Answer);
        _followUpContext = _conversations.Get(FollowUpKey) ?? throw new InvalidOperationException("no follow-up context stored");

        Expect(StatisticYear, IntentNames.Statistic, Outcome.Answer);
        Expect(StatisticRange, IntentNames.Statistic, Outcome.Answer);
        Expect(TimelineWhen, IntentNames.Timeline, Outcome.Answer);
        Expect(TimelineYear, IntentNames.Timeline, Outcome.Answer);
        Expect(Faq, IntentNames.Faq, Outcome.Answer);
        Expect(Glossary, IntentNames.Glossary, Outcome.Answer);
        Expect(OutOfScope, IntentNames.OutOfScope, Outcome.Decline);
        _conversations.Set(FollowUpKey, _followUpContext);
        var followUp = Expect(FollowUp, IntentNames.Statistic, Outcome.Answer);
        if (!followUp.Title.Contains("2020", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the follow-up should answer for 2020, got \"{followUp.Title}\"");
        }

        // A running bot answers from JIT-optimised (tier-1) code; give tiered compilation time to get there, so
        // the measured calls are steady state rather than the first minute after a restart.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(1.5))
        {
            foreach (var q in new[] { StatisticYear, StatisticRange, TimelineWhen, TimelineYear, Faq, Glossary, OutOfScope })
            {
                _router.RouteAsync(q).GetAwaiter().GetResult();
            }

            FollowUpOnce().GetAwaiter().GetResult();
        }
    }

    [Benchmark(Description = "statistic: one year")]
    public Task<Answer> StatisticForAYear() => _router.RouteAsync(StatisticYear);

    [Benchmark(Description = "statistic: range")]
    public Task<Answer> StatisticRangeOfYears() => _router.RouteAsync(StatisticRange);

    [Benchmark(Description = "timeline: when")]
    public Task<Answer> TimelineWhenDidItHappen() => _router.RouteAsync(TimelineWhen);

    [Benchmark(Description = "timeline: what happened in 2019")]
    public Task<Answer> TimelineWhatHappenedInAYear() => _router.RouteAsync(TimelineYear);

    [Benchmark(Description = "faq")]
    public Task<Answer> FaqTopic() => _router.RouteAsync(Faq);

    [Benchmark(Description = "glossary")]
    public Task<Answer> GlossaryTerm() => _router.RouteAsync(Glossary);

    [Benchmark(Description = "out of scope: decline")]
    public Task<Answer> OutOfScopeDecline() => _router.RouteAsync(OutOfScope);

    [Benchmark(Description = "follow-up: year after that")]
    public Task<Answer> FollowUpYearAfter() => FollowUpOnce();

    private Task<Answer> FollowUpOnce()
    {
        _conversations.Set(FollowUpKey, _followUpContext);
        return _router.RouteAsync(FollowUp);
    }

    private Answer Expect(Question question, string intent, Outcome outcome)
    {
        var answer = _router.RouteAsync(question).GetAwaiter().GetResult();
        if (answer.Intent != intent || answer.Outcome != outcome)
        {
            throw new InvalidOperationException(
                $"\"{question.Text}\" was routed to {answer.Intent}/{answer.Outcome}, the benchmark expects {intent}/{outcome}");
        }

        return answer;
    }

    private static Question Ask(string text, string conversationKey = "bench") =>
        new() { Text = text, ConversationKey = conversationKey, Platform = "bench" };
}
