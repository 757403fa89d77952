using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>On contested topics the answer gives both governments' stated positions, whichever way it is asked.</summary>
public sealed class FaqNeutralityTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    public static TheoryData<string, string> ContestedTopicQuestions()
    {
        var data = new TheoryData<string, string>();
        foreach (var faq in RepositoryKnowledge.Current.Faqs.Where(f => f.Contested))
        {
            data.Add(faq.Id, "/faq");
            data.Add(faq.Id, $"who is right about {faq.Aliases[0]}?");
            // A stored "when did …" phrasing asks for a date (the timeline answers it), not for the positions.
            data.Add(faq.Id, faq.Questions.First(q => !q.StartsWith("when", StringComparison.OrdinalIgnoreCase)));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContestedTopicQuestions))]
    public async Task RouteAsync_ContestedTopic_GivesSeoulsAndTokyosPositions(string faqId, string question)
    {
        var faq = fixture.Knowledge.Faq(faqId)!;
        var seoul = faq.Sections.Where(s => s.Heading.StartsWith("Seoul", StringComparison.Ordinal)).ToList();
        var tokyo = faq.Sections.Where(s => s.Heading.StartsWith("Tokyo", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(seoul);
        Assert.NotEmpty(tokyo);

        var answer = question == "/faq"
            ? await fixture.AskAsync(new StructuredCommand("faq", new Dictionary<string, string> { ["topic"] = faqId }))
            : await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Faq);
        Assert.True(answer.Title == faq.Title, $"expected the FAQ \"{faq.Title}\", got {AnswerAssert.Describe(answer)}");
        foreach (var heading in seoul.Concat(tokyo).Select(s => s.Heading))
        {
            AnswerAssert.Contains(answer, heading);
        }
    }
}
