using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Routing;

/// <summary>What the router writes to the query log for the curator report: the answer id, the confidence, the entry answered.</summary>
public sealed class RouterQueryLogTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    private readonly ListQueryLog _log = new();

    private IntentRouter Router()
    {
        var time = new FakeTimeProvider(RouterFixture.Now);
        return new IntentRouter(new FixedKnowledgeProvider(fixture.Knowledge), IntentPipeline.Create(new NullRetriever()),
            new InMemoryConversationStore(time, RouterFixture.ConversationTtl), _log, time);
    }

    [Fact]
    public async Task RouteAsync_FaqQuestionWithAnswerId_LogsAnswerIdConfidenceAndTopic()
    {
        var answer = await Router().RouteAsync(new Question { Text = "what is gsomia?", Platform = "discord", AnswerId = "1234567890" });

        var entry = Assert.Single(_log.Entries);
        Assert.Equal("1234567890", entry.AnswerId);
        Assert.Equal(answer.Confidence, entry.Confidence);
        Assert.Equal("faq:gsomia", entry.Topic);
        Assert.Equal("answer", entry.Outcome);
    }

    [Fact]
    public async Task RouteAsync_OutOfScope_LogsNoTopic()
    {
        await Router().RouteAsync(new Question { Text = "what's the weather in paris", Platform = "slack" });

        var entry = Assert.Single(_log.Entries);
        Assert.Null(entry.Topic);
        Assert.Null(entry.AnswerId);
        Assert.Equal("decline", entry.Outcome);
    }

    [Fact]
    public async Task PreviewAsync_AnyQuestion_AnswersButLogsNothing()
    {
        var answer = await Router().PreviewAsync(new Question { Text = "what is gsomia?", Platform = "report" });

        Assert.Equal(Outcome.Answer, answer.Outcome);
        Assert.Empty(_log.Entries);
    }

    private sealed class ListQueryLog : IQueryLog
    {
        public List<QueryLogEntry> Entries { get; } = [];

        public void Record(QueryLogEntry entry) => Entries.Add(entry);
    }
}
