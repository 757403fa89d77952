using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Charts;
using Bot.Infrastructure.Tests.Digest;

namespace Bot.Infrastructure.Tests.Charts;

public sealed class ChartCacheTests
{
    private static readonly ChartRequest Imports = new("kr-imports-from-japan", 2009, 2013);

    [Fact]
    public void Render_SameChartTwice_DrawnOnce()
    {
        var cache = new ChartCache(new SwappableKnowledge(RepositoryKnowledge.Current));

        var first = cache.Render(Imports, ChartTheme.Dark);
        var second = cache.Render(Imports, ChartTheme.Dark);

        Assert.Same(first, second);
        Assert.Equal(ChartRenderer.Render(RepositoryKnowledge.Current, Imports, ChartTheme.Dark), first);
    }

    [Fact]
    public void Render_OtherThemeOrRange_DrawnSeparately()
    {
        var cache = new ChartCache(new SwappableKnowledge(RepositoryKnowledge.Current));

        var dark = cache.Render(Imports, ChartTheme.Dark);
        var light = cache.Render(Imports, ChartTheme.Light);
        var later = cache.Render(Imports with { FromYear = 2018, ToYear = 2022 }, ChartTheme.Dark);

        Assert.NotEqual(dark, light);
        Assert.NotEqual(dark, later);
    }

    [Fact]
    public void Render_AfterAKnowledgeReload_DrawsFromTheNewSnapshot()
    {
        var kb = RepositoryKnowledge.Current;
        var knowledge = new SwappableKnowledge(kb);
        var cache = new ChartCache(knowledge);
        var before = cache.Render(Imports, ChartTheme.Dark);

        // The reloaded snapshot renames the series: the chart's title changes with it.
        var series = kb.Series(Imports.SeriesId)!;
        knowledge.Current = new KnowledgeBase(kb.Sources.Values, kb.Timeline,
            [series with { Name = series.Name + " (revised)" }], kb.Faqs, kb.Glossary, "reloaded");
        var after = cache.Render(Imports, ChartTheme.Dark);

        Assert.NotSame(before, after);
        Assert.Equal(ChartRenderer.Render(knowledge.Current, Imports, ChartTheme.Dark), after);
        Assert.NotEqual(before, after);
    }

    private sealed class SwappableKnowledge(KnowledgeBase kb) : IKnowledgeProvider
    {
        public KnowledgeBase Current { get; set; } = kb;
    }
}
