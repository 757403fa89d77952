using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Bot.Core.Routing.Composing;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Intents;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// Figures answered in the asker's language from the same facts: a comparison of series and the figures held by category.
/// Names, labels and units are the knowledge's own translations, written as the series and units write them, so the
/// expectations are read from the knowledge base rather than typed in.
/// </summary>
public sealed class StatisticLanguageTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("compare exports and imports 2019", Lang.En, "kr-exports-to-japan", "kr-imports-from-japan", 2019)]
    [InlineData("2019년 한국의 대일 수출과 수입을 비교해 줘", Lang.Ko, "kr-exports-to-japan", "kr-imports-from-japan", 2019)]
    [InlineData("2019年の韓国の対日輸出と輸入を比較して", Lang.Ja, "kr-exports-to-japan", "kr-imports-from-japan", 2019)]
    [InlineData("korean visitors to japan vs japanese visitors to korea 2024", Lang.En, "korean-visitors-to-japan", "japanese-visitors-to-korea", 2024)]
    [InlineData("2024년 방일 한국인과 방한 일본인 비교", Lang.Ko, "korean-visitors-to-japan", "japanese-visitors-to-korea", 2024)]
    [InlineData("2024年の訪日韓国人と訪韓日本人を比較して", Lang.Ja, "korean-visitors-to-japan", "japanese-visitors-to-korea", 2024)]
    public async Task RouteAsync_Comparison_IsWrittenInTheAskersLanguage(string question, Lang lang, string first, string second, int year)
    {
        var answer = await fixture.AskAsync(question);
        var t = AnswerTemplates.For(lang);
        var series = new[] { first, second }.Select(id => fixture.Knowledge.Series(id)!).ToList();

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic);
        Assert.Equal(lang, answer.Lang);
        Assert.Equal(t.ComparisonTitle([.. series.Select(s => s.Text(lang).Name)]), answer.Title);
        foreach (var s in series)
        {
            var p = s.ForYear(year)!;
            var figure = $"{p.LabelIn(lang)}: {s.Unit.Format(p.Value, lang)}";
            Assert.Contains(t.ComparisonLine(s.Text(lang).Name, figure), answer.Body, StringComparison.Ordinal);
        }

        if (lang != Lang.En)
        {
            // Everything is translated: no "this entry is not yet translated" line, and no English frame left over.
            Assert.DoesNotContain(t.Untranslated, answer.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Comparison", answer.Title, StringComparison.Ordinal);
            Assert.DoesNotContain(series[0].Name, answer.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("compare exports and imports in 1950", Lang.En)]
    [InlineData("1950년 한국의 대일 수출과 수입을 비교해 줘", Lang.Ko)]
    [InlineData("1950年の韓国の対日輸出と輸入を比較して", Lang.Ja)]
    public async Task RouteAsync_ComparisonOfAYearNotHeld_SaysSoInTheAskersLanguage(string question, Lang lang)
    {
        var answer = await fixture.AskAsync(question);
        var t = AnswerTemplates.For(lang);
        var exports = fixture.Knowledge.Series("kr-exports-to-japan")!;

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic);
        Assert.Equal(lang, answer.Lang);
        Assert.Contains(t.ComparisonLine(exports.Text(lang).Name, t.NoVerifiedFigureFor([1950])), answer.Body, StringComparison.Ordinal);
        if (lang != Lang.En)
        {
            Assert.DoesNotContain("no verified figure", answer.Body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void NoVerifiedFigureFor_EnglishKeepsItsWording()
    {
        Assert.Equal("no verified figure for 2019, 2021", EnglishTemplates.Text.NoVerifiedFigureFor([2019, 2021]));
        Assert.Equal("2019년, 2021년 검증된 수치 없음", KoreanTemplates.Text.NoVerifiedFigureFor([2019, 2021]));
        Assert.Equal("2019年、2021年の検証済みの数値なし", JapaneseTemplates.Text.NoVerifiedFigureFor([2019, 2021]));
    }

    [Theory]
    [InlineData(Lang.En)]
    [InlineData(Lang.Ko)]
    [InlineData(Lang.Ja)]
    public void CategoryNames_NameEveryCategoryTheStatisticsUse(Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        foreach (var category in fixture.Knowledge.Statistics.Select(s => s.Category).Distinct())
        {
            Assert.True(t.CategoryNames.ContainsKey(category), $"{lang}: no display name for category \"{category}\"");
            // Korean and Japanese names are in their own script, not the English key left in place.
            Assert.True(lang == Lang.En || !t.CategoryName(category).Any(char.IsAsciiLetter), $"{lang}: \"{t.CategoryName(category)}\"");
        }
    }

    [Theory]
    [InlineData("how many robots did korea export to japan?", Lang.En)]
    [InlineData("한국은 일본에 로봇을 몇 대 수출했어?", Lang.Ko)]
    [InlineData("2019年に韓国は日本にロボットを何台輸出した？", Lang.Ja)]
    public void DontKnow_ListsTheFiguresHeldUnderLocalisedCategoryNames(string question, Lang lang)
    {
        var kb = fixture.Knowledge;
        var part = QuestionReader.ReadPart(question, new RoutingIndex(kb), DateOnly.FromDateTime(RouterFixture.Now.UtcDateTime));
        var t = AnswerTemplates.For(lang);

        var answer = FreeFormIntent.DontKnow(part, kb, [], lang);

        Assert.Contains(t.FiguresHeld, answer.Body, StringComparison.Ordinal);
        // The whole reply is in the asker's language, so the frame adds no "not yet translated" note to it.
        Assert.Equal(lang, answer.Lang);
        Assert.Equal(answer.Body, AnswerLanguageFrame.Mark(answer, lang).Body);
        foreach (var category in kb.Statistics.Select(s => s.Category).Distinct())
        {
            Assert.Contains(t.CategoryName(category) + ": ", answer.Body, StringComparison.Ordinal);
            if (lang != Lang.En)
            {
                Assert.DoesNotContain(category + ": ", answer.Body, StringComparison.Ordinal);
            }
        }
    }
}
