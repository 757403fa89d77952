using System.Text.RegularExpressions;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Retrieval;

namespace Bot.Infrastructure.Tests.Retrieval;

public sealed partial class ExtractiveAnswerComposerTests
{
    [Fact]
    public async Task ComposeAsync_ExportControlsQuestion_AnswersWithCitedSourcesAndAsOf()
    {
        var kb = KnowledgeFixture.Create();
        var answer = await AskAsync("why did tokyo restrict exports of chemicals in 2019");

        Assert.NotNull(answer);
        Assert.Equal(Outcome.Answer, answer.Outcome);
        Assert.Equal("Japan's 2019 export controls on South Korea", answer.Title);
        Assert.Contains("three chemicals", answer.Body, StringComparison.Ordinal);
        Assert.Contains(answer.Sources, s => s.Id == "meti-2019-07-01");
        Assert.Equal(kb.AsOf, answer.AsOf);
        Assert.InRange(answer.Confidence, 0.4, 1);
        var cited = Citations().Matches(answer.Body).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(Enumerable.Range(1, answer.Sources.Count), cited.Order());
    }

    [Theory]
    [InlineData("what effect did the export controls have on trade")]
    [InlineData("who owns dokdo")]
    [InlineData("독도는 누구 땅이야?")]
    [InlineData("what happened on takeshima day")]
    public async Task ComposeAsync_ContestedTopic_CarriesBothPositions(string question)
    {
        var answer = await AskAsync(question);
        Assert.NotNull(answer);
        Assert.Contains("**Seoul's position**", answer.Body, StringComparison.Ordinal);
        Assert.Contains("**Tokyo's position**", answer.Body, StringComparison.Ordinal);
        Assert.True(answer.Body.IndexOf("Seoul's position", StringComparison.Ordinal) < answer.Body.IndexOf("Tokyo's position", StringComparison.Ordinal));
        Assert.Contains("contested", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_UncontestedTopic_HasNoPositions()
    {
        var answer = await AskAsync("when was the 1965 basic treaty signed in tokyo");
        Assert.NotNull(answer);
        Assert.DoesNotContain("position", answer.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(answer.Sources, s => s.Id == "treaty-text");
    }

    [Fact]
    public async Task ComposeAsync_PassagesCiteDifferentSources_NumbersFollowSourcesList()
    {
        var context = KnowledgeFixture.Context("imports and the treaty");
        var retrieved = new RetrievalResult(
        [
            Passage("series:kr-imports-from-japan", ["kita-2012", "treaty-text"], 0.9),
            Passage("event:basic-treaty-signed", ["treaty-text"], 0.85),
        ]);

        var answer = await Retrievers.Extractive().ComposeAsync(context, retrieved, CancellationToken.None);

        Assert.NotNull(answer);
        Assert.Equal(["kita-2012", "treaty-text"], answer.Sources.Select(s => s.Id));
        var paragraphs = answer.Body.Split("\n\n");
        Assert.EndsWith("[1][2]", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("[2]", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_UnsourcedGlossaryLineNarrowlyAhead_LeadsWithSourcedPassage()
    {
        var context = KnowledgeFixture.Context("the treaty");
        var retrieved = new RetrievalResult(
        [
            Passage("term:gsomia", [], 0.92),
            Passage("event:basic-treaty-signed", ["treaty-text"], 0.89),
        ]);

        var answer = await Retrievers.Extractive().ComposeAsync(context, retrieved, CancellationToken.None);

        Assert.NotNull(answer);
        Assert.StartsWith("**Title event:basic-treaty-signed**", answer.Body, StringComparison.Ordinal);
        Assert.Equal(0.89, answer.Confidence);
    }

    [Fact]
    public async Task ComposeAsync_QuestionAboutOneSide_StillGivesEachPositionOnce()
    {
        var answer = await AskAsync("what did seoul say about the export controls");
        Assert.NotNull(answer);
        Assert.Single(Regex.Matches(answer.Body, @"\*\*Seoul's position\*\*"));
        Assert.Single(Regex.Matches(answer.Body, @"\*\*Tokyo's position\*\*"));
    }

    [Theory]
    [InlineData("how much stuff did korea buy from japan")]
    [InlineData("수입")]
    public async Task ComposeAsync_SeriesPassage_KeepsTheFiguresEvenWithoutWordOverlap(string question)
    {
        var chunk = KnowledgeChunker.Chunk(KnowledgeFixture.Create()).Single(c => c.Id == "series:kr-imports-from-japan");
        var retrieved = new RetrievalResult([new RetrievedPassage(chunk.Id, chunk.Kind, chunk.Title, chunk.Text, chunk.SourceIds, 0.8)]);

        var answer = await Retrievers.Extractive().ComposeAsync(KnowledgeFixture.Context(question), retrieved, CancellationToken.None);

        Assert.NotNull(answer);
        Assert.Contains("2011: $68.3 bn; 2019: $47.6 bn", answer.Body, StringComparison.Ordinal);
        Assert.Equal(["kita-2012"], answer.Sources.Select(s => s.Id));
    }

    [Theory]
    [InlineData(0.39)]
    [InlineData(0.1)]
    [InlineData(0)]
    public async Task ComposeAsync_BestPassageBelowThreshold_ReturnsNullSoIntentDeclines(double score)
    {
        var context = KnowledgeFixture.Context("something vague");
        var retrieved = new RetrievalResult([Passage("event:basic-treaty-signed", ["treaty-text"], score)]);
        Assert.Null(await Retrievers.Extractive(0.4).ComposeAsync(context, retrieved, CancellationToken.None));
    }

    [Fact]
    public async Task ComposeAsync_NothingRetrieved_ReturnsNull() =>
        Assert.Null(await Retrievers.Extractive().ComposeAsync(KnowledgeFixture.Context("x"), RetrievalResult.Empty, CancellationToken.None));

    [Fact]
    public async Task ComposeAsync_OffTopicQuestionEndToEnd_ReturnsNull() =>
        Assert.Null(await AskAsync("best pizza recipe with pineapple"));

    [Fact]
    public void Select_LongPassage_KeepsSentencesSharingQuestionWords()
    {
        const string text = "The first sentence is about trade. The second is about the weather in Seoul. The third mentions U.S. pressure on the pact. The fourth is filler.";
        var picked = SentenceSelector.Select(text, ExtractiveAnswerComposer.QuestionTerms("what about the weather and pressure"), 2);
        Assert.Equal("The second is about the weather in Seoul. The third mentions U.S. pressure on the pact.", picked);
    }

    [Fact]
    public async Task ComposeAsync_KoreanAsker_QuotesTheEntrysKoreanTextWithKoreanDate()
    {
        var kb = KnowledgeFixture.Create();
        var signed = kb.Event("basic-treaty-signed")!;
        var translated = signed with
        {
            Translations = new([new(Lang.Ko, new EventText(Lang.Ko, "도쿄에서 한일기본조약 서명", "양국 정부가 국교를 정상화하는 조약에 서명했다.", "공식 외교 관계의 시작.", null))]),
        };
        kb = new KnowledgeBase(kb.Sources.Values, [.. kb.Timeline.Select(e => e.Id == signed.Id ? translated : e)], kb.Statistics, kb.Faqs, kb.Glossary);
        var context = KnowledgeFixture.Context("기본조약은 언제 서명됐어?", kb) with { Lang = Lang.Ko };

        var answer = await Retrievers.Extractive().ComposeAsync(context, new RetrievalResult([Passage("event:basic-treaty-signed", ["treaty-text"], 0.9)]), CancellationToken.None);

        Assert.NotNull(answer);
        Assert.Equal("도쿄에서 한일기본조약 서명", answer.Title);
        Assert.Contains("1965년 6월 22일", answer.Body, StringComparison.Ordinal);
        Assert.Contains("국교를 정상화하는 조약", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("normalised", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(AnswerTemplates.For(Lang.Ko).Untranslated, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_JapaneseAskerUntranslatedEntry_QuotesEnglishAndSaysSo()
    {
        var context = KnowledgeFixture.Context("基本条約はいつ署名された？") with { Lang = Lang.Ja };

        var answer = await Retrievers.Extractive().ComposeAsync(context, new RetrievalResult([Passage("event:basic-treaty-signed", ["treaty-text"], 0.9)]), CancellationToken.None);

        Assert.NotNull(answer);
        Assert.Contains("normalised relations", answer.Body, StringComparison.Ordinal);
        Assert.EndsWith(AnswerTemplates.For(Lang.Ja).Untranslated, answer.Body, StringComparison.Ordinal);
    }

    private static async Task<Answer?> AskAsync(string question)
    {
        using var retriever = Retrievers.Create(generator: new FakeEmbeddingGenerator());
        var context = KnowledgeFixture.Context(question);
        var retrieved = await retriever.RetrieveAsync(question, 5, CancellationToken.None);
        return await Retrievers.Extractive().ComposeAsync(context, retrieved, CancellationToken.None);
    }

    private static RetrievedPassage Passage(string id, IReadOnlyList<string> sources, double score) =>
        new(id, id.Split(':')[0], "Title " + id, "Some text about " + id + ". More text.", sources, score);

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Citations();
}
