using Bot.Core.Abstractions;
using Bot.Infrastructure.Retrieval;

namespace Bot.Infrastructure.Tests.Retrieval;

public sealed class KnowledgeChunkerTests
{
    private readonly IReadOnlyList<KnowledgeChunk> _chunks = KnowledgeChunker.Chunk(KnowledgeFixture.Create());

    [Theory]
    [InlineData("faq:export-controls-2019#0", "faq", "Japan's 2019 export controls on South Korea")]
    [InlineData("faq:export-controls-2019#1", "faq", "Japan's 2019 export controls on South Korea: Seoul's position")]
    [InlineData("faq:dokdo-takeshima#3", "faq", "Dokdo / Takeshima: Geography")]
    [InlineData("event:basic-treaty-signed", "event", "Treaty on Basic Relations signed in Tokyo")]
    [InlineData("series:kr-imports-from-japan", "series", "South Korea's imports from Japan")]
    [InlineData("term:dokdo", "term", "Dokdo / Takeshima (Liancourt Rocks)")]
    public void Chunk_FixtureBase_HasChunkWithIdKindAndTitle(string id, string kind, string title)
    {
        var chunk = Assert.Single(_chunks, c => c.Id == id);
        Assert.Equal(kind, chunk.Kind);
        Assert.Equal(title, chunk.Title);
    }

    [Fact]
    public void Chunk_FixtureBase_OneChunkPerSummarySectionEventSeriesAndTerm()
    {
        // 3 summaries + 7 sections + 4 events + 1 series + 2 terms.
        Assert.Equal(17, _chunks.Count);
        Assert.Equal(_chunks.Count, _chunks.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Chunk_Series_WritesFiguresWithUnitFlagAndGaps()
    {
        var series = Assert.Single(_chunks, c => c.Kind == ChunkKinds.Series);
        Assert.Contains("2011: $68.3 bn", series.Text, StringComparison.Ordinal);
        Assert.Contains("2019: $47.6 bn", series.Text, StringComparison.Ordinal);
        Assert.Contains("No verified figure for 2021", series.Text, StringComparison.Ordinal);
        Assert.Equal(["kita-2012"], series.SourceIds);
        Assert.Contains("수입", series.Aliases);
    }

    [Fact]
    public void Chunk_Term_CarriesNamesInAllThreeLanguagesAndNoSources()
    {
        var term = Assert.Single(_chunks, c => c.Id == "term:dokdo");
        Assert.Contains("독도", term.Aliases);
        Assert.Contains("竹島", term.Aliases);
        Assert.Contains("Korean 독도, Japanese 竹島", term.Text, StringComparison.Ordinal);
        Assert.Empty(term.SourceIds);
    }

    [Fact]
    public void Chunk_FaqSection_InheritsTopicSourcesButAliasesStayOnSummary()
    {
        var section = Assert.Single(_chunks, c => c.Id == "faq:export-controls-2019#3");
        var summary = Assert.Single(_chunks, c => c.Id == "faq:export-controls-2019#0");
        Assert.Equal(["meti-2019-07-01", "meti-2019-08-02", "wto-2019"], section.SourceIds);
        Assert.Empty(section.Aliases);
        Assert.Contains("輸出規制", summary.Aliases);
    }

    [Fact]
    public void ContentHash_SameBaseTwice_IsStable()
    {
        var again = KnowledgeChunker.Chunk(KnowledgeFixture.Create());
        Assert.Equal(_chunks.Select(c => c.ContentHash), again.Select(c => c.ContentHash));
        Assert.Equal(_chunks.Count, _chunks.Select(c => c.ContentHash).Distinct().Count());
    }

    [Theory]
    [InlineData("faq:gsomia#2", "faq", "gsomia", 2)]
    [InlineData("faq:gsomia#0", "faq", "gsomia", 0)]
    [InlineData("event:basic-treaty-signed", "event", "basic-treaty-signed", -1)]
    [InlineData("term:dokdo", "term", "dokdo", -1)]
    public void TryParse_ValidId_SplitsKindEntryAndSection(string id, string kind, string entry, int section)
    {
        Assert.True(ChunkId.TryParse(id, out var k, out var e, out var s));
        Assert.Equal((kind, entry, section), (k, e, s));
    }

    [Theory]
    [InlineData("")]
    [InlineData("nokind")]
    [InlineData("faq:")]
    [InlineData("faq:x#y")]
    public void TryParse_MalformedId_ReturnsFalse(string id) => Assert.False(ChunkId.TryParse(id, out _, out _, out _));

    [Fact]
    public void Plain_MarkdownBulletsAndEmphasis_BecomeSentences()
    {
        var text = KnowledgeChunker.Plain("**Bold** lead.\n- first point\n- second point\n\nSee [the text](https://example.invalid).");
        Assert.Equal("Bold lead. first point. second point. See the text.", text);
    }

    [Fact]
    public void InLanguage_English_IsTheIndexedChunkItself()
    {
        // One piece of code builds both: the English passage a free-form answer quotes is the one the index embedded.
        var kb = KnowledgeFixture.Create();
        foreach (var chunk in _chunks)
        {
            var again = KnowledgeChunker.InLanguage(chunk.Id, kb, Bot.Core.Knowledge.Lang.En, out var translated);
            Assert.NotNull(again);
            Assert.True(translated);
            Assert.Equal((chunk.Title, chunk.Text), (again.Title, again.Text));
        }
    }

    [Fact]
    public void InLanguage_UnknownIdOrUntranslatedEntry_NullOrEnglishFlagged()
    {
        var kb = KnowledgeFixture.Create();

        Assert.Null(KnowledgeChunker.InLanguage("event:no-such-event", kb, Bot.Core.Knowledge.Lang.Ko, out _));
        Assert.Null(KnowledgeChunker.InLanguage("not an id", kb, Bot.Core.Knowledge.Lang.Ko, out _));
        var english = KnowledgeChunker.InLanguage("series:kr-imports-from-japan", kb, Bot.Core.Knowledge.Lang.Ko, out var translated);
        Assert.NotNull(english);
        Assert.False(translated);
        Assert.Contains("억 달러", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SentenceSelector_Japanese_SplitsAtFullStopsAndJoinsWithoutSpaces()
    {
        var sentences = SentenceSelector.Split("日本は輸出規制を強化した。韓国は反発した。その後、解除された。");

        Assert.Equal(["日本は輸出規制を強化した。", "韓国は反発した。", "その後、解除された。"], sentences);
        Assert.Equal("日本は輸出規制を強化した。その後、解除された。",
            SentenceSelector.Select("日本は輸出規制を強化した。韓国は反発した。その後、解除された。", new HashSet<string> { "解除" }.Union(["輸出"]).ToHashSet(), 2));
    }
}
