using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Bot.Core.Tests.Routing;

/// <summary>A specific question about a topic gets the section the retriever ranks first for that topic.</summary>
public sealed class FaqSectionSelectionTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    private IntentRouter RouterWith(IRetriever retriever) => new(
        new FixedKnowledgeProvider(fixture.Knowledge),
        IntentPipeline.Create(retriever),
        new InMemoryConversationStore(new FakeTimeProvider(RouterFixture.Now), RouterFixture.ConversationTtl),
        new NullQueryLog(),
        new FakeTimeProvider(RouterFixture.Now));

    private static IRetriever Ranking(params string[] passageIds)
    {
        var retriever = Substitute.For<IRetriever>();
        retriever.IsEnabled.Returns(true);
        retriever.RetrieveAsync(Arg.Any<string>(), Arg.Any<int>(), Arg.Any<CancellationToken>())
            .Returns(new RetrievalResult([.. passageIds.Select((id, i) => new RetrievedPassage(id, "faq", id, "", [], 1.0 - (i * 0.1)))]));
        return retriever;
    }

    [Fact]
    public async Task RouteAsync_SpecificQuestionOnATopic_AddsTheSectionTheRetrieverRanksFirst()
    {
        var faq = fixture.Knowledge.Faq("people-exchange")!;
        var last = faq.Sections[^1];
        // An event passage first: only this topic's sections are considered.
        var router = RouterWith(Ranking("event:basic-treaty-signed-1965", ChunkId.Faq(faq.Id, faq.Sections.Count)));

        var answer = await router.RouteAsync(new Question { Text = "what kicked off hallyu in japan", ConversationKey = "k1" });

        Assert.Equal(IntentNames.Faq, answer.Intent);
        Assert.Equal(faq.Title, answer.Title);
        Assert.Contains(last.Heading, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_BareTopicName_DoesNotAskTheRetriever()
    {
        var retriever = Ranking();
        var router = RouterWith(retriever);

        var answer = await router.RouteAsync(new Question { Text = "gsomia", ConversationKey = "k2" });

        Assert.Equal(Outcome.Answer, answer.Outcome);
        Assert.Equal(IntentNames.Faq, answer.Intent);
        await retriever.DidNotReceive().RetrieveAsync(Arg.Any<string>(), Arg.Any<int>(), Arg.Any<CancellationToken>());
    }
}
