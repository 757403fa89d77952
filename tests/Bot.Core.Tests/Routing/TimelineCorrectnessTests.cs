using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>A sample of timeline events (every fourth), asked "when was …" by title and by name: the answer gives that event's date.</summary>
public sealed class TimelineCorrectnessTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    private const int Every = 4;

    public static TheoryData<string, string> SampledEvents()
    {
        var kb = RepositoryKnowledge.Current;
        var data = new TheoryData<string, string>();
        for (var i = 0; i < kb.Timeline.Count; i += Every)
        {
            var e = kb.Timeline[i];
            data.Add(e.Id, $"when was {e.Title}");
            if (UniqueAlias(kb, e) is { } alias)
            {
                data.Add(e.Id, $"when was {alias}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampledEvents))]
    public async Task RouteAsync_WhenWasSampledEvent_GivesThatEventsDate(string eventId, string question)
    {
        var e = fixture.Knowledge.Event(eventId)!;

        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, e.Date.ToDisplay());
        Assert.True(answer.Title == e.Title, $"expected the event \"{e.Title}\", got {AnswerAssert.Describe(answer)}");
        AnswerAssert.Cites(answer, e.SourceIds);
    }

    [Fact]
    public void SampledEvents_AreAtLeastTwenty() =>
        Assert.True(SampledEvents().Select(row => (string)row[0]).Distinct().Count() >= 20);

    /// <summary>The event's first alias that no other event uses (a shared alias like "60th anniversary" has no one right answer).</summary>
    private static string? UniqueAlias(KnowledgeBase kb, TimelineEvent e) =>
        e.Aliases.FirstOrDefault(a => !kb.Timeline.Any(o => o.Id != e.Id && o.Aliases.Contains(a, StringComparer.OrdinalIgnoreCase)));
}
