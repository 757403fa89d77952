using System.Diagnostics.Metrics;
using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Bot.Core.Telemetry;
using Bot.Core.Tests.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Bot.Core.Tests.Telemetry;

public sealed class MeteredQueryLogTests(RouterFixture fixture) : IClassFixture<RouterFixture>, IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    [Fact]
    public async Task RouteAsync_MeteredLog_CountsQuestionAndLatencyByPlatformIntentOutcomeAndForwards()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var questions = new MetricCollector<long>(meters, BotMeters.Questions, "jkbot.questions");
        using var durations = new MetricCollector<double>(meters, BotMeters.Questions, "jkbot.answer.duration");
        var inner = Substitute.For<IQueryLog>();
        var time = new FakeTimeProvider(RouterFixture.Now);
        var router = new IntentRouter(new FixedKnowledgeProvider(fixture.Knowledge), IntentPipeline.Create(new NullRetriever()),
            new InMemoryConversationStore(time, RouterFixture.ConversationTtl), new MeteredQueryLog(inner, new QuestionMetrics(meters)), time);

        await router.RouteAsync(new Question { Text = "korea imports from japan 2011", UserId = "U1", ChannelId = "C1", Platform = "slack" });
        await router.RouteAsync(new Question { Text = "what's the weather in paris", UserId = "U1", ChannelId = "C1", Platform = "discord" });

        var counted = questions.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Count);
        // Exactly these labels: no ids or question text.
        Assert.Equal("intent=statistic,outcome=answer,platform=slack", Labels(counted[0].Tags));
        Assert.Equal("intent=out-of-scope,outcome=decline,platform=discord", Labels(counted[1].Tags));
        Assert.All(counted, m => Assert.Equal(1, m.Value));

        var timed = durations.GetMeasurementSnapshot();
        Assert.Equal(2, timed.Count);
        Assert.Equal("intent=statistic,platform=slack", Labels(timed[0].Tags));
        Assert.All(timed, m => Assert.InRange(m.Value, 0, 5));
        inner.Received(2).Record(Arg.Any<QueryLogEntry>());
    }

    [Fact]
    public void Record_LatencyInMilliseconds_HistogramInSeconds()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var durations = new MetricCollector<double>(meters, BotMeters.Questions, "jkbot.answer.duration");
        var log = new MeteredQueryLog(new NullQueryLog(), new QuestionMetrics(meters));

        log.Record(new QueryLogEntry(RouterFixture.Now, "console", "q", IntentNames.Faq, "answer", 1500));

        Assert.Equal(1.5, durations.LastMeasurement!.Value, 6);
    }

    public void Dispose() => _services.Dispose();

    private static string Labels(IReadOnlyDictionary<string, object?> tags) =>
        string.Join(',', tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
}
