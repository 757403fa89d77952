using System.Text.RegularExpressions;
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
public sealed partial class StatisticLanguageTests(RouterFixture fixture) : IClassFixture<RouterFixture>
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

    // "Lowest / smallest deficit / highest in how many years?": the figure, the last year held that was as low (or as high),
    // and the years between, as the English reply to the same question gives them.
    [Theory]
    [InlineData("2019년 대일 수출이 몇 년 만에 최저였어?", Lang.Ko, "was korea's exports to japan in 2019 the lowest in how many years?", "kr-exports-to-japan")]
    [InlineData("2019年の韓国の対日輸出は何年ぶりの低さ？", Lang.Ja, "was korea's exports to japan in 2019 the lowest in how many years?", "kr-exports-to-japan")]
    [InlineData("2019년 대일 무역적자는 몇 년 만에 최소였어?", Lang.Ko, "was the 2019 trade deficit with japan the smallest in how many years?", "kr-trade-balance-with-japan")]
    [InlineData("2019年の対日貿易赤字は何年ぶりの小ささ？", Lang.Ja, "was the 2019 trade deficit with japan the smallest in how many years?", "kr-trade-balance-with-japan")]
    [InlineData("2025년 방일 한국인 방문객은 몇 년 만에 최고였어?", Lang.Ko, "were korean visitors to japan in 2025 the highest in how many years?", "korean-visitors-to-japan")]
    [InlineData("2025年の訪日韓国人は何年ぶりの多さ？", Lang.Ja, "were korean visitors to japan in 2025 the highest in how many years?", "korean-visitors-to-japan")]
    public async Task RouteAsync_SinceWhen_IsWrittenInTheAskersLanguage(string question, Lang lang, string english, string seriesId)
    {
        var s = fixture.Knowledge.Series(seriesId)!;
        var en = EnglishTemplates.Text;
        var t = AnswerTemplates.For(lang);
        var reference = await fixture.AskAsync(english);

        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(reference, Outcome.Answer, IntentNames.Statistic, en.UncountedYears.Trim());
        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic);
        Assert.Equal(lang, answer.Lang);
        var points = SameFigures(reference, answer, s, lang);
        Assert.Contains(t.UncountedYears.Trim(), answer.Body, StringComparison.Ordinal);
        if (points.Count == 2)
        {
            // The same comparison word and the same number of years as the English reply.
            var (target, earlier) = (points[0], points[1]);
            var words = new[] { (en.AsLow, t.AsLow), (en.AsHigh, t.AsHigh), (en.AsSmallADeficit, t.AsSmallADeficit) };
            var (_, word) = Assert.Single(words, w => reference.Body.Contains(
                en.LastAsThis(w.Item1, earlier.Label, s.Unit.Format(earlier.Value), target.Year - earlier.Year), StringComparison.Ordinal));
            Assert.Contains(t.LastAsThis(word, earlier.LabelIn(lang), s.Unit.Format(earlier.Value, lang), target.Year - earlier.Year), answer.Body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(en.NoEarlierLikeIt(en.YearSpan(s.ComparablePoints[0].Year, s.ComparablePoints[^1].Year)), reference.Body, StringComparison.Ordinal);
            Assert.Contains(t.NoEarlierLikeIt(t.YearSpan(s.ComparablePoints[0].Year, s.ComparablePoints[^1].Year)), answer.Body, StringComparison.Ordinal);
        }

        AssertNoEnglishLeft(answer, lang);
    }

    // "Why did it drop?": the figure, its change on the year before, and the events my sources connect to it (or that
    // they give no reason), as the English reply to the same question gives them.
    [Theory]
    [InlineData("2013년 방한 일본인 방문객은 왜 줄었어?", Lang.Ko, "why did japanese visitors to korea fall in 2013?", "japanese-visitors-to-korea")]
    [InlineData("2013年の訪韓日本人はなぜ減った？", Lang.Ja, "why did japanese visitors to korea fall in 2013?", "japanese-visitors-to-korea")]
    [InlineData("2024년 한국에 친근감을 느끼는 일본인은 왜 줄었어?", Lang.Ko, "why did japanese affinity toward korea fall in 2024?", "cabinet-office-affinity-toward-korea")]
    [InlineData("2024年に韓国に親しみを感じる日本人はなぜ減った？", Lang.Ja, "why did japanese affinity toward korea fall in 2024?", "cabinet-office-affinity-toward-korea")]
    [InlineData("2019년 한국에 친근감을 느끼는 일본인은 왜 줄었어?", Lang.Ko, "why did japanese affinity toward korea fall in 2019?", "cabinet-office-affinity-toward-korea")]
    [InlineData("2019年に韓国に親しみを感じる日本人はなぜ減った？", Lang.Ja, "why did japanese affinity toward korea fall in 2019?", "cabinet-office-affinity-toward-korea")]
    public async Task RouteAsync_WhyAFigureChanged_IsWrittenInTheAskersLanguage(string question, Lang lang, string english, string seriesId)
    {
        var kb = fixture.Knowledge;
        var s = kb.Series(seriesId)!;
        var en = EnglishTemplates.Text;
        var t = AnswerTemplates.For(lang);
        var reference = await fixture.AskAsync(english);

        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(reference, Outcome.Answer, IntentNames.Statistic);
        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic);
        Assert.Equal(lang, answer.Lang);
        var p = Assert.Single(SameFigures(reference, answer, s, lang));
        Assert.Equal(en.WhyTitle(s.Name, p.Label), reference.Title);
        Assert.Equal(t.WhyTitle(s.Text(lang).Name, p.LabelIn(lang)), answer.Title);
        // The change on the year before, when the English gives it, with the same percentage.
        var previous = s.ComparablePoints.LastOrDefault(x => x.Year == p.Year - 1);
        var lead = previous is null ? null : en.FromPrevious(s.Unit.Format(previous.Value), previous.Label, s.Unit.FormatDelta(p.Value - previous.Value), "\0").Split('\0')[0];
        if (lead is not null && reference.Body.IndexOf(lead, StringComparison.Ordinal) is var at and >= 0)
        {
            var percent = reference.Body[(at + lead.Length)..].Split('%')[0];
            Assert.Contains(t.FromPrevious(s.Unit.Format(previous!.Value, lang), previous.LabelIn(lang), s.Unit.FormatDelta(p.Value - previous.Value, lang), percent), answer.Body, StringComparison.Ordinal);
        }
        else if (previous is not null)
        {
            Assert.DoesNotContain(t.FromPrevious(s.Unit.Format(previous.Value, lang), previous.LabelIn(lang), s.Unit.FormatDelta(p.Value - previous.Value, lang), "\0").Split('\0')[0], answer.Body, StringComparison.Ordinal);
        }

        // The same events, each with its date and title in the asker's language; or, like the English, no reason given.
        var events = kb.Timeline.Where(e => reference.Body.Contains($"— {e.Title}: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(reference.Body.Contains(en.ConnectedEvents, StringComparison.Ordinal), events.Count > 0);
        Assert.Equal(events.Count > 0, answer.Body.Contains(t.ConnectedEvents, StringComparison.Ordinal));
        Assert.Equal(events.Count == 0, answer.Body.Contains(t.NoReasonGiven, StringComparison.Ordinal));
        foreach (var e in events)
        {
            var text = e.Text(lang);
            Assert.Contains(t.ConnectedEvent(TimelineIntent.DateText(e, lang), text.Title, text.Summary), answer.Body, StringComparison.Ordinal);
        }

        AssertNoEnglishLeft(answer, lang);
    }

    // A /stats metric I hold no series for: said, and every series held listed by its id and its name in the asker's language.
    [Theory]
    [InlineData("robots", Lang.En)]
    [InlineData("로봇", Lang.Ko)]
    [InlineData("ロボット", Lang.Ja)]
    public async Task RouteAsync_UnknownMetric_IsWrittenInTheAskersLanguage(string metric, Lang lang)
    {
        var kb = fixture.Knowledge;
        var t = AnswerTemplates.For(lang);
        var reference = await fixture.AskAsync(new StructuredCommand("stats", new Dictionary<string, string> { ["metric"] = "robots", ["year"] = "2019" }));

        var answer = await fixture.AskAsync(new StructuredCommand("stats", new Dictionary<string, string> { ["metric"] = metric, ["year"] = "2019" }));

        AnswerAssert.Is(answer, Outcome.Clarify, IntentNames.Statistic);
        Assert.Equal(lang, answer.Lang);
        Assert.Equal(t.UnknownMetricTitle(metric), answer.Title);
        Assert.StartsWith(t.UnknownMetricBody, answer.Body, StringComparison.Ordinal);
        Assert.Equal(reference.Body.Split('\n').Length, answer.Body.Split('\n').Length);
        foreach (var s in kb.Statistics)
        {
            Assert.Contains($"• {s.Id} — {s.Text(lang).Name}", answer.Body, StringComparison.Ordinal);
        }

        if (lang != Lang.En)
        {
            // The ids are what the command takes, so they stay as they are.
            var withoutIds = answer with { Body = kb.Statistics.Aggregate(answer.Body, (body, s) => body.Replace($"• {s.Id} — ", "• ", StringComparison.Ordinal)) };
            AssertNoEnglishLeft(withoutIds, lang);
        }
    }

    // Two or more series over years: a year one of them holds no figure for is named, in the asker's language, once.
    [Theory]
    [InlineData("compare exports, imports and trade balance in 2015 and 2018", Lang.En)]
    [InlineData("2015년과 2018년 한국의 대일 수출, 수입, 무역수지 비교", Lang.Ko)]
    [InlineData("2015年と2018年の韓国の対日輸出、輸入、貿易収支を比較して", Lang.Ja)]
    public async Task RouteAsync_ComparisonOverYears_NamesTheYearASeriesLacks(string question, Lang lang)
    {
        var kb = fixture.Knowledge;
        var t = AnswerTemplates.For(lang);
        var series = new[] { "kr-exports-to-japan", "kr-imports-from-japan", "kr-trade-balance-with-japan" }.Select(id => kb.Series(id)!).ToList();

        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic);
        Assert.Equal(lang, answer.Lang);
        foreach (var s in series)
        {
            foreach (var year in new[] { 2015, 2018 })
            {
                var line = t.NoVerifiedFigure(s.Text(lang).Name, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var expected = s.ForYear(year) is null ? 1 : 0;
                Assert.True(expected == Regex.Count(answer.Body, Regex.Escape(line)), $"{lang}: expected \"{line}\" {expected} time(s) in:\n{answer.Body}");
            }
        }

        // The two series that hold both years show both figures.
        foreach (var s in series.Where(s => s.ForYear(2015) is not null && s.ForYear(2018) is not null))
        {
            Assert.Contains(s.Unit.Format(s.ForYear(2015)!.Value, lang), answer.Body, StringComparison.Ordinal);
            Assert.Contains(s.Unit.Format(s.ForYear(2018)!.Value, lang), answer.Body, StringComparison.Ordinal);
        }

        if (lang != Lang.En)
        {
            AssertNoEnglishLeft(answer, lang);
        }
    }

    // Two series of one unit: the missing figure was named by the arithmetic already; it is still named once, and the
    // English reply is as before.
    [Theory]
    [InlineData("compare korean visitors to japan and japanese visitors to korea in 2018 and 2019", Lang.En)]
    [InlineData("2018년과 2019년 방일 한국인과 방한 일본인 비교", Lang.Ko)]
    [InlineData("2018年と2019年の訪日韓国人と訪韓日本人を比較して", Lang.Ja)]
    public async Task RouteAsync_ComparisonOfTwoSeries_NamesTheMissingYearOnce(string question, Lang lang)
    {
        var t = AnswerTemplates.For(lang);
        var japanese = fixture.Knowledge.Series("japanese-visitors-to-korea")!;

        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic);
        var line = t.NoVerifiedFigure(japanese.Text(lang).Name, "2018");
        Assert.Equal(1, Regex.Count(answer.Body, Regex.Escape(line)));
        Assert.EndsWith("\n\n" + line, answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compare exports and imports 2019", Lang.En)]
    [InlineData("2019년 한국의 대일 수출과 수입을 비교해 줘", Lang.Ko)]
    [InlineData("2019年の韓国の対日輸出と輸入を比較して", Lang.Ja)]
    public async Task RouteAsync_Comparison_LabelsItsFactsWithTheLanguagesBrackets(string question, Lang lang)
    {
        var t = AnswerTemplates.For(lang);

        var answer = await fixture.AskAsync(question);

        Assert.Equal(2, answer.Facts.Count);
        foreach (var (fact, id) in answer.Facts.Zip(new[] { "kr-exports-to-japan", "kr-imports-from-japan" }))
        {
            var s = fixture.Knowledge.Series(id)!;
            Assert.Equal(t.NameWithLabel(s.Text(lang).Name, s.ForYear(2019)!.LabelIn(lang)), fact.Label);
        }

        // Japanese text uses full-width brackets throughout.
        Assert.True(lang != Lang.Ja || answer.Facts.All(f => !f.Label.Contains('(') && f.Label.Contains('（')), string.Join(" | ", answer.Facts.Select(f => f.Label)));
    }

    /// <summary>
    /// The points an English reply's facts name, checked against the reply in <paramref name="lang"/>: the same points, in
    /// the same order, each labelled and written as that language writes it and shown in the body.
    /// </summary>
    private static List<StatPoint> SameFigures(Answer english, Answer answer, StatSeries s, Lang lang)
    {
        var points = english.Facts.Select(f => s.Points.Single(p => p.Label == f.Label)).ToList();
        Assert.NotEmpty(points);
        Assert.Equal(points.Select(p => p.LabelIn(lang)), answer.Facts.Select(f => f.Label));
        Assert.Equal(points.Select(p => s.Unit.Format(p.Value, lang) + AnswerTemplates.For(lang).FlagNote(p.Flag)), answer.Facts.Select(f => f.Value));
        Assert.Contains($"**{s.Unit.Format(points[0].Value, lang)}**", answer.Body, StringComparison.Ordinal);
        foreach (var p in points)
        {
            Assert.Contains(s.Unit.Format(p.Value, lang), answer.Body, StringComparison.Ordinal);
        }

        return points;
    }

    /// <summary>
    /// A Korean or Japanese reply with no English sentence left: every ASCII word of four letters or more in it is one the
    /// knowledge's own texts in that language use (a name such as "GSOMIA", a part-year period as the data writes it), and
    /// no "not yet translated" note was needed.
    /// </summary>
    private void AssertNoEnglishLeft(Answer answer, Lang lang)
    {
        var kb = fixture.Knowledge;
        var t = AnswerTemplates.For(lang);
        Assert.DoesNotContain(t.Untranslated, answer.Body, StringComparison.Ordinal);
        var texts = kb.Statistics.SelectMany(s => new[] { s.Text(lang).Name, s.Text(lang).Definition, s.Text(lang).Notes ?? "" }
                .Concat(s.Points.Select(p => $"{p.NoteIn(lang)} {p.LabelIn(lang)} {string.Join(" ", p.Alternatives.Select(a => a.NoteIn(lang)))}")))
            .Concat(kb.Timeline.Select(e => e.Text(lang)).Select(e => $"{e.Title} {e.Summary} {e.DateNote}"));
        var allowed = texts.SelectMany(x => AsciiWord().Matches(x).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var left = AsciiWord().Matches(answer.Title + "\n" + answer.Body).Select(m => m.Value).Where(w => !allowed.Contains(w)).Distinct().ToList();
        Assert.True(left.Count == 0, $"{lang}: English words left ({string.Join(", ", left)}) in:\n{answer.Title}\n{answer.Body}");
    }

    [GeneratedRegex(@"\b[A-Za-z]{4,}\b")]
    private static partial Regex AsciiWord();
}
