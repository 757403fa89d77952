using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Bot.Core.Tests.Routing;

public sealed class ThrottledRouterTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Fact]
    public async Task RouteAsync_ThrottleRefuses_DeclinesPolitelyWithTheWaitAndStillLogs()
    {
        var throttle = Substitute.For<IQuestionThrottle>();
        throttle.TryAcquire(Arg.Any<Question>(), out Arg.Any<TimeSpan>())
            .Returns(call => { call[1] = TimeSpan.FromSeconds(7.2); return false; });
        var log = Substitute.For<IQueryLog>();
        var router = new IntentRouter(new FixedKnowledgeProvider(fixture.Knowledge), IntentPipeline.Create(new NullRetriever()),
            new InMemoryConversationStore(new FakeTimeProvider(RouterFixture.Now), RouterFixture.ConversationTtl), log,
            new FakeTimeProvider(RouterFixture.Now), throttle);

        var answer = await router.RouteAsync(new Question { Text = "what is gsomia", UserId = "U1", ChannelId = "C1", Platform = "discord" });

        Assert.Equal(Outcome.Decline, answer.Outcome);
        Assert.Equal(IntentNames.RateLimited, answer.Intent);
        Assert.Contains("8 s", answer.Body, StringComparison.Ordinal);
        Assert.True(answer.ForAskerOnly);
        log.Received(1).Record(Arg.Is<QueryLogEntry>(e => e.Intent == IntentNames.RateLimited));
    }

    [Theory]
    [InlineData("지소미아가 뭐야?", "8초 후에", "잠시만 기다려 주세요")]
    [InlineData("GSOMIAとは？", "8秒後に", null)]
    public async Task RouteAsync_ThrottleRefuses_InTheAskersLanguage(string question, string wait, string? title)
    {
        var throttle = Substitute.For<IQuestionThrottle>();
        throttle.TryAcquire(Arg.Any<Question>(), out Arg.Any<TimeSpan>())
            .Returns(call => { call[1] = TimeSpan.FromSeconds(7.2); return false; });
        var router = new IntentRouter(new FixedKnowledgeProvider(fixture.Knowledge), IntentPipeline.Create(new NullRetriever()),
            new InMemoryConversationStore(new FakeTimeProvider(RouterFixture.Now), RouterFixture.ConversationTtl), Substitute.For<IQueryLog>(),
            new FakeTimeProvider(RouterFixture.Now), throttle);

        var answer = await router.RouteAsync(new Question { Text = question, UserId = "U1", ChannelId = "C1", Platform = "discord" });

        Assert.Equal(IntentNames.RateLimited, answer.Intent);
        Assert.Contains(wait, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Try again", answer.Body, StringComparison.Ordinal);
        if (title is not null)
        {
            Assert.Equal(title, answer.Title);
        }
    }
}
