using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// "What statistics do you have?" in the three languages: the catalogue of the figures held (every series by category,
/// with its years, and how current the knowledge is) — and not for a question that asks for particular figures.
/// </summary>
public sealed class CataloguePhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("What statistics do you have?", Lang.En)]
    [InlineData("which figures do you hold", Lang.En)]
    [InlineData("what kind of data do you have", Lang.En)]
    [InlineData("What figures do you have on Japan-Korea relations?", Lang.En)]
    [InlineData("what stats are available?", Lang.En)]
    [InlineData("list your statistics", Lang.En)]
    [InlineData("do you have any figures?", Lang.En)]
    [InlineData("어떤 통계가 있어?", Lang.Ko)]
    [InlineData("어떤 수치를 알고 있어?", Lang.Ko)]
    [InlineData("무슨 데이터를 가지고 있어요?", Lang.Ko)]
    [InlineData("통계 목록 보여 줘", Lang.Ko)]
    [InlineData("どんな統計がありますか", Lang.Ja)]
    [InlineData("どんなデータがある？", Lang.Ja)]
    [InlineData("どのような数値を持っていますか？", Lang.Ja)]
    [InlineData("統計の一覧を見せて", Lang.Ja)]
    public async Task RouteAsync_WhatFiguresDoYouHold_ListsEverySeriesByCategoryWithItsYears(string question, Lang lang)
    {
        var answer = await fixture.AskAsync(question);
        var t = AnswerTemplates.For(lang);
        var kb = fixture.Knowledge;

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Help, kb.AsOf.ToDisplay(lang));
        Assert.Equal(lang, answer.Lang);
        Assert.Equal(t.CatalogueTitle, answer.Title);
        foreach (var category in kb.Statistics.GroupBy(s => s.Category))
        {
            Assert.Contains(t.CatalogueHeading(t.CategoryName(category.Key)), answer.Body, StringComparison.Ordinal);
        }

        foreach (var s in kb.Statistics.Where(s => s.Years.Count >= 2))
        {
            Assert.Contains(t.CatalogueEntry(s.Text(lang).Name, t.YearSpan(s.Years[0], s.Years[^1])), answer.Body, StringComparison.Ordinal);
        }

        Assert.Equal(t.CatalogueExamples, answer.Suggestions);
        Assert.DoesNotContain(t.Untranslated is "" ? "\u0000" : t.Untranslated, answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    // A year or a topic named: the figures themselves are asked for, not the list of what is held.
    [InlineData("what trade figures for 2019 do you have")]
    [InlineData("what figures do you have for 2019?")]
    [InlineData("what data shows the boycott hit beer?")]
    [InlineData("which statistics do you have about Dokdo?")]
    [InlineData("what data do you have on the comfort women agreement?")]
    [InlineData("help")]
    [InlineData("2019년 무역 통계가 있어?")]
    [InlineData("2019년에는 어떤 통계가 있어?")]
    [InlineData("불매운동이 맥주에 타격을 줬다는 데이터가 있어?")]
    [InlineData("독도에 대해 어떤 수치가 있어?")]
    [InlineData("2019年の貿易統計はある？")]
    [InlineData("2019年にはどんなデータがある？")]
    [InlineData("不買運動がビールに打撃を与えたことを示すデータは？")]
    [InlineData("竹島についてどんな数値がありますか？")]
    public async Task RouteAsync_QuestionAboutParticularFigures_IsNotTheCatalogue(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.False(answer.Title == AnswerTemplates.For(answer.Lang).CatalogueTitle, $"catalogue for \"{question}\": {AnswerAssert.Describe(answer)}");
    }

    [Theory]
    [InlineData("what trade figures for 2019 do you have", "28.41" + AnswerAssert.Or + "47.58" + AnswerAssert.Or + "19.16")]
    [InlineData("2019年の貿易統計はある？", "284億1000万ドル" + AnswerAssert.Or + "475億8000万ドル" + AnswerAssert.Or + "191億6000万ドル")]
    public async Task RouteAsync_FiguresForAYearAsHeld_AnswersThem(string question, string figure)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, answer.Intent, figure);
    }

    [Theory]
    [InlineData(Lang.En)]
    [InlineData(Lang.Ko)]
    [InlineData(Lang.Ja)]
    public async Task CatalogueExamples_EachAnswersWithFiguresInItsLanguage(Lang lang)
    {
        foreach (var example in AnswerTemplates.For(lang).CatalogueExamples)
        {
            var answer = await fixture.AskAsync(example);

            AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic);
            Assert.True(answer.Lang == lang, $"\"{example}\": {AnswerAssert.Describe(answer)}");
        }
    }
}
