using Microsoft.Extensions.Time.Testing;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Tests.Retrieval;

public sealed class HybridRetrieverTests
{
    [Theory]
    [InlineData("독도는 누구 땅이야?", "faq:dokdo-takeshima#0")]
    [InlineData("竹島問題とは何ですか", "faq:dokdo-takeshima#0|term:dokdo")]
    [InlineData("수출규제 왜 했어?", "faq:export-controls-2019#0")]
    [InlineData("日本の輸出規制の理由は?", "faq:export-controls-2019#0")]
    [InlineData("한일기본조약은 언제 체결됐어?", "faq:normalization-1965#0|event:basic-treaty-signed")]
    [InlineData("日韓基本条約について教えて", "faq:normalization-1965#0|event:basic-treaty-signed")]
    [InlineData("지소미아가 뭐야", "term:gsomia")]
    public async Task RetrieveAsync_KoreanOrJapaneseQuestion_FindsTopicThroughCjkBigrams(string question, string acceptableTop)
    {
        using var retriever = Retrievers.Create();
        var result = await retriever.RetrieveAsync(question, 5, CancellationToken.None);
        Assert.Contains(result.Passages[0].Id, acceptableTop.Split('|'));
        Assert.True(result.Passages[0].Score >= 0.4, $"score {result.Passages[0].Score}");
    }

    [Theory]
    [InlineData("why did tokyo restrict exports of chemicals in 2019", "faq:export-controls-2019#0")]
    [InlineData("what did seoul say about the export controls", "faq:export-controls-2019#1")]
    [InlineData("korea imports from japan 2011 figure", "series:kr-imports-from-japan")]
    [InlineData("when was the military intelligence pact signed", "event:gsomia-signed")]
    public async Task RetrieveAsync_EnglishQuestion_FindsPassage(string question, string expectedTop)
    {
        using var retriever = Retrievers.Create(generator: new FakeEmbeddingGenerator());
        var result = await retriever.RetrieveAsync(question, 5, CancellationToken.None);
        Assert.Equal(expectedTop, result.Passages[0].Id);
    }

    [Fact]
    public async Task RetrieveAsync_JapaneseNameOfPassageWrittenOnlyInEnglish_FoundThroughGlossaryExpansion()
    {
        // The Takeshima Day event has no CJK aliases: only the glossary's 竹島 → "Dokdo / Takeshima" expansion reaches it.
        var full = KnowledgeFixture.Create();
        var noGlossary = new KnowledgeBase(full.Sources.Values, full.Timeline, full.Statistics, full.Faqs, []);
        using var expanded = Retrievers.Create(full);
        using var plain = Retrievers.Create(noGlossary);

        var withExpansion = await expanded.RetrieveAsync("竹島の日", 10, CancellationToken.None);
        var without = await plain.RetrieveAsync("竹島の日", 10, CancellationToken.None);

        Assert.Contains(withExpansion.Passages, p => p.Id == "event:takeshima-day");
        Assert.DoesNotContain(without.Passages, p => p.Id == "event:takeshima-day");
    }

    [Theory]
    [InlineData("독도 누구 땅", "Takeshima")]
    [InlineData("竹島はどこ", "Dokdo")]
    [InlineData("what about tokdo", "竹島")]
    [InlineData("is gsomia still alive", "지소미아")]
    public void Expand_QuestionNamingGlossaryTerm_AddsTheOtherNames(string question, string expected)
    {
        var expander = new QueryExpander(KnowledgeFixture.Create().Glossary);
        Assert.Contains(expected, expander.Expand(question), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gsomiax talks")]
    [InlineData("a question about nothing")]
    public void Expand_NoWholeNameInQuestion_AddsNothing(string question) =>
        Assert.Equal("", new QueryExpander(KnowledgeFixture.Create().Glossary).Expand(question));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("AND OR NOT ( ) [ ] { } ~ * ? : \\ / \" + - ! ^")]
    [InlineData("<script>alert('dokdo')</script>")]
    [InlineData("\u0001\u0002dokdo\u0000\u200b")]
    [InlineData("ㅋㅋㅋㅋㅋㅋㅋㅋ")]
    public async Task RetrieveAsync_BadInput_ReturnsWithoutThrowing(string question)
    {
        using var retriever = Retrievers.Create(generator: new FakeEmbeddingGenerator());
        var result = await retriever.RetrieveAsync(question, 5, CancellationToken.None);
        Assert.True(result.Passages.Count <= 5);
        Assert.All(result.Passages, p => Assert.InRange(p.Score, 0, 1));
    }

    [Theory]
    [InlineData("독도는 누구 땅이야?", false)]
    [InlineData("竹島問題とは", false)]
    [InlineData("what is 독도", true)]
    [InlineData("who owns dokdo", true)]
    public async Task RetrieveAsync_MostlyCjkQuestion_SkipsEnglishOnlyDenseSearch(string question, bool embedsQuestion)
    {
        var generator = new FakeEmbeddingGenerator();
        using var retriever = Retrievers.Create(generator: generator);
        await retriever.WarmUpAsync();
        var before = generator.TextsEmbedded;

        await retriever.RetrieveAsync(question, 5, CancellationToken.None);

        Assert.Equal(embedsQuestion ? before + 1 : before, generator.TextsEmbedded);
    }

    [Fact]
    public async Task RetrieveAsync_HugeQuestion_WorkIsBoundedByTheQuestionLimit()
    {
        // The bound on work per question is the cleaned length, not a stopwatch: the model never sees more than the limit.
        var model = new FakeEmbeddingGenerator();
        using var retriever = Retrievers.Create(generator: model);
        await retriever.WarmUpAsync();
        var huge = string.Concat(Enumerable.Repeat("dokdo export treaty 독도 竹島 random words here ", 400));

        var result = await retriever.RetrieveAsync(huge, 5, CancellationToken.None);

        Assert.NotEmpty(result.Passages);
        Assert.True(model.LongestText <= Bot.Core.Text.TextNormalizer.MaxQuestionLength, $"embedded {model.LongestText} characters");
    }

    [Fact]
    public async Task RetrieveAsync_OffTopicQuestion_ScoresBelowAnswerThreshold()
    {
        using var retriever = Retrievers.Create(generator: new FakeEmbeddingGenerator());
        var result = await retriever.RetrieveAsync("best pizza recipe with pineapple", 5, CancellationToken.None);
        Assert.All(result.Passages, p => Assert.True(p.Score < 0.4, $"{p.Id} scored {p.Score}"));
    }

    [Fact]
    public async Task RetrieveAsync_EmbeddingModelFails_FallsBackToLexicalWithOneWarning()
    {
        var logger = new ListLogger<HybridRetriever>();
        var broken = new FakeEmbeddingGenerator(fail: true);
        using var retriever = Retrievers.Create(generator: broken, logger: logger);

        await retriever.WarmUpAsync();
        var first = await retriever.RetrieveAsync("who owns dokdo", 3, CancellationToken.None);
        var second = await retriever.RetrieveAsync("독도는 누구 땅이야?", 3, CancellationToken.None);

        Assert.False(retriever.DenseActive);
        Assert.StartsWith("faq:dokdo-takeshima", first.Passages[0].Id, StringComparison.Ordinal);
        Assert.StartsWith("faq:dokdo-takeshima", second.Passages[0].Id, StringComparison.Ordinal);
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(1, broken.Calls);
    }

    [Fact]
    public async Task RetrieveAsync_ModelFailsThenComesBack_RestsThenRecoversByItselfWithOneLineEach()
    {
        var logger = new ListLogger<HybridRetriever>();
        var model = new FakeEmbeddingGenerator();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        using var retriever = new HybridRetriever(KnowledgeFixture.Provider(), Microsoft.Extensions.Options.Options.Create(new RetrievalOptions()),
            logger, model, time: time);
        await retriever.WarmUpAsync();
        Assert.True(retriever.DenseActive);

        model.Failing = true;
        var during = await retriever.RetrieveAsync("who owns dokdo", 3, CancellationToken.None);
        var callsAfterFailure = model.Calls;
        await retriever.RetrieveAsync("what is gsomia", 3, CancellationToken.None);
        var restedCalls = model.Calls - callsAfterFailure;

        time.Advance(HybridRetriever.ModelRetryAfter);
        await retriever.RetrieveAsync("what is gsomia", 3, CancellationToken.None);
        var stillFailing = retriever.DenseActive;

        model.Failing = false;
        time.Advance(HybridRetriever.ModelRetryAfter);
        var after = await retriever.RetrieveAsync("who owns dokdo", 3, CancellationToken.None);

        Assert.StartsWith("faq:dokdo-takeshima", during.Passages[0].Id, StringComparison.Ordinal);
        Assert.Equal(0, restedCalls);
        Assert.False(stillFailing);
        Assert.True(retriever.DenseActive);
        Assert.StartsWith("faq:dokdo-takeshima", after.Passages[0].Id, StringComparison.Ordinal);
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("works again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetrieveAsync_KnowledgeSwapped_RebuildsForNewSnapshot()
    {
        var provider = new SwappableProvider(KnowledgeFixture.Create());
        using var retriever = new HybridRetriever(provider, Microsoft.Extensions.Options.Options.Create(new RetrievalOptions()),
            new ListLogger<HybridRetriever>());
        Assert.NotEmpty((await retriever.RetrieveAsync("who owns dokdo", 3, CancellationToken.None)).Passages);

        provider.Current = new KnowledgeBase([], [], [], [], []);
        Assert.Empty((await retriever.RetrieveAsync("who owns dokdo", 3, CancellationToken.None)).Passages);
    }

    [Fact]
    public async Task WarmUpAsync_WithGenerator_ReportsProgressToHundred()
    {
        var reports = new List<int>();
        using var retriever = Retrievers.Create(generator: new FakeEmbeddingGenerator());
        await retriever.WarmUpAsync(new SyncProgress(reports.Add));
        Assert.Equal(100, reports[^1]);
        Assert.Equal(reports.Order(), reports);
        Assert.True(retriever.DenseActive);
    }

    private sealed class SwappableProvider(KnowledgeBase kb) : Core.Abstractions.IKnowledgeProvider
    {
        public KnowledgeBase Current { get; set; } = kb;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; this one reports inline so the test sees every value.</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
