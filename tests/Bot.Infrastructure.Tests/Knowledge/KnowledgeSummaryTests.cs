using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

public sealed class KnowledgeSummaryTests
{
    [Fact]
    public void Summarize_GoodFixture_CountsEverythingWithDateRangeAndAsOf()
    {
        var knowledge = new KnowledgeLoader().Load(KnowledgeFixture.GoodFolder).Knowledge!;

        Assert.Equal(
            "knowledge OK: 8 sources, 4 events (1876-02-26 → 2019-11-22), 2 series (4 points), 2 FAQ topics, 2 glossary terms; as of 22 November 2019",
            KnowledgeSummary.Summarize(knowledge));
    }

    [Fact]
    public void Summarize_EmptyBase_SaysThereIsNoAsOfDate()
    {
        var knowledge = new KnowledgeBase([], [], [], [], []);

        Assert.Equal(
            "knowledge OK: 0 sources, 0 events, 0 series (0 points), 0 FAQ topics, 0 glossary terms; no as-of date (no events)",
            KnowledgeSummary.Summarize(knowledge));
    }

    [Fact]
    public void Summarize_OneOfEach_UsesSingulars()
    {
        var knowledge = new KnowledgeBase(
            [new Source("s", "P", "T", null, null)],
            [new TimelineEvent("e", new PartialDate(2013, 9), null, null, "T", "S", "G", [], [], [], ["s"], Flag.V)],
            [new StatSeries("x", "X", "trade", StatUnit.Percent, SeriesKind.Level, "D", ["x"], null,
                [new StatPoint(2013, null, 1, ["s"], Flag.V, null, [])], [])],
            [new FaqEntry("f", "F", ["a", "b", "c"], ["f"], false, ["s"], [], "Summary.", [])],
            [new GlossaryTerm("g", "term", "G", "지", "ジ", [], "D", null, [])]);

        Assert.Equal(
            "knowledge OK: 1 source, 1 event (2013-09 → 2013-09), 1 series (1 point), 1 FAQ topic, 1 glossary term; as of September 2013",
            KnowledgeSummary.Summarize(knowledge));
    }
}
