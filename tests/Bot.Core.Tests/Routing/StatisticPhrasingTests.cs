using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// Typed statistics questions as people ask them. Expected figures are what statistics.yaml holds, written as
/// <see cref="StatUnitFormat.Format"/> writes them; the answer must contain them, not match a whole text.
/// </summary>
public sealed class StatisticPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("korea imports from japan 2011", "$68.3 bn")]
    [InlineData("Korea's imports from Japan in 2011?", "$68.3 bn")]
    [InlineData("how much did korea import from japan in 2019", "$47.58 bn")]
    [InlineData("korean exports to japan 2019", "$28.41 bn")]
    [InlineData("exports to japan in 2015", "$25.6 bn")]
    // Chat shorthand for the countries, and no series named outright: the words and the year still ask for a figure.
    [InlineData("jp tourists to korea 2013", "2,750,000")]
    [InlineData("japan tourists to korea 2013", "2,750,000")]
    [InlineData("what was the trade deficit with japan in 2010", "−$36.12 bn")]
    [InlineData("trade balance 2019", "−$19.16 bn")]
    [InlineData("japanese fdi into korea 2012", "$4.54 bn")]
    [InlineData("how much did japan invest in korea in 2024", "$6.12 bn")]
    [InlineData("how many korean tourists went to japan in 2024", "8,817,765 people")]
    [InlineData("korean visitors to japan 2025", "9,459,600 people")]
    [InlineData("japanese visitors to korea 2023", "2,316,000 people")]
    [InlineData("working holiday visas 2024", "7,444 people")]
    [InlineData("how much were the 1965 grants", "$300 M")]
    [InlineData("how big were the 1965 loans", "$200 M")]
    [InlineData("hydrogen fluoride imports 2020", "$9.38 M")]
    [InlineData("comfort women survivors 2011", "63 people")]
    [InlineData("japan's exports to korea in yen 2019", "¥5.0441 tn")]
    [InlineData("genron poll japanese impression of korea 2023", "37.4%")]
    [InlineData("how many japanese felt affinity toward korea in 2024", "56.3%")]
    [InlineData("how many koreans live in japan", "409,584 people")]
    [InlineData("korean visitors to japan last year", "9,459,600 people")]
    [InlineData("2019年の韓国の対日輸入", "475億8000万ドル")]
    [InlineData("2019년 대일 수입", "475억 8000만 달러")]
    [InlineData("2024년 방일 한국인 관광객 수", "881만 7765명")]
    [InlineData("訪日韓国人 2025", "9,459,600 people")]
    [InlineData("대일 무역적자 2019", "−191억 6000만 달러")]
    // Asking for a share means the series counted in percent, not the one whose name the question also uses.
    [InlineData("What share of Korea's exports went to Japan in 2014?", "5.6%")]
    [InlineData("what share of Korea's imports came from Japan in 2019?", "9.5%")]
    public async Task RouteAsync_MetricForAYear_AnswersTheHeldFigure(string question, string figure)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, figure);
    }

    [Theory]
    [InlineData("imports from japan 2011 to 2020", "$68.3 bn", "$45.92 bn")]
    [InlineData("korean visitors to japan between 2017 and 2019", "7,140,000 people", "5,584,600 people")]
    [InlineData("exports to japan since 2018", "$30.53 bn", "$30.6 bn")]
    [InlineData("japanese fdi from 2010 to 2014", "$2.08 bn", "$2.49 bn")]
    [InlineData("genron korean good impression of japan 2015-2023", "15.7%", "28.9%")]
    [InlineData("trade deficit trend", "−$0.13 bn", "−$24.11 bn")]
    [InlineData("korean visitors to japan over the years", "1,580,000 people", "9,459,600 people")]
    public async Task RouteAsync_RangeOrTrend_ListsTheYearsHeld(string question, string first, string last)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, first);
        AnswerAssert.Contains(answer, last);
    }

    [Theory]
    [InlineData("when did imports from japan peak", "$68.3 bn", "2011")]
    [InlineData("highest number of korean visitors to japan", "9,459,600 people", "2025")]
    [InlineData("lowest number of japanese visitors to korea", "2,280,000 people", "2014")]
    [InlineData("record low for korea's exports to japan", "$1.2 bn", "1973")]
    [InlineData("when was japanese affinity toward korea lowest", "26.7%", "2019")]
    [InlineData("peak japanese fdi in korea", "$6.12 bn", "2024")]
    [InlineData("대일 수입 최고", "683억 달러", "2011")]
    // A deficit is written as a negative balance: the biggest deficit is the most negative value, not the largest number.
    [InlineData("biggest trade deficit with japan", "−$36.12 bn", "2010")]
    // "The year it was highest / lowest", written the Korean and Japanese way (가장 많았던, 一番低かった).
    [InlineData("대일 수입이 가장 많았던 해는?", "683억 달러", "2011")]
    [InlineData("日本人の韓国への親しみが一番低かったのは何年？", "26.7%", "2019")]
    public async Task RouteAsync_PeakOrLowest_NamesTheExtremeFigureAndYear(string question, string figure, string year)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, figure);
        AnswerAssert.Contains(answer, year);
    }

    [Theory]
    [InlineData("how much did imports from japan change between 2018 and 2019", "$54.6 bn", "$47.58 bn", "−$7.02 bn")]
    [InlineData("did exports to japan fall in 2019", "$30.53 bn", "$28.41 bn", "−$2.12 bn")]
    [InlineData("growth in korean visitors to japan from 2023 to 2024", "6,958,500 people", "8,817,765 people", "+1,859,265 people")]
    [InlineData("change in japanese impression of korea from 2022 to 2023", "30.4%", "37.4%", "+7 percentage points")]
    [InlineData("how much did the trade deficit change from 2019 to 2020", "−$19.16 bn", "−$20.84 bn", "−$1.68 bn")]
    [InlineData("japanese visitors to korea increase 2024 to 2025", "3,220,000 people", "3,653,000 people", "+433,000 people")]
    // "By what percent did imports change": the change of the series named, not Japan's share of imports.
    [InlineData("by what percent did korean imports from japan change from 2018 to 2020", "$54.6 bn", "$45.92 bn", "−15.9%")]
    // "Shrunk from its peak": the movement between the two years asked, not the peak alone.
    [InlineData("how far had korean residents in japan shrunk from 1991 to 2024", "693,050 people", "409,238 people", "−283,812 people")]
    public async Task RouteAsync_ChangeBetweenYears_GivesBothFiguresAndTheDifference(string question, string from, string to, string delta)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, from);
        AnswerAssert.Contains(answer, to);
        AnswerAssert.Contains(answer, delta);
    }

    [Theory]
    [InlineData("compare exports and imports 2019", "$28.41 bn", "$47.58 bn")]
    [InlineData("exports versus imports in 2011", "$39.7 bn", "$68.3 bn")]
    [InlineData("korean visitors to japan vs japanese visitors to korea 2024", "8,817,765 people", "3,220,000 people")]
    [InlineData("imports vs exports", "$54.71 bn", "$30.6 bn")]
    public async Task RouteAsync_CompareMetrics_ShowsEachMetricsFigure(string question, string first, string second)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, first);
        AnswerAssert.Contains(answer, second);
    }

    // Arithmetic on the figures held, read from the wording (sum, difference, ratio, share, which is larger, the extreme
    // among the years listed): the computed figure must be there, said to be mine, and a missing figure named.
    [Theory]
    [InlineData("What was total Korea–Japan trade (exports + imports) in 2019?", "$75.99 bn", "my arithmetic")]
    [InlineData("Was bilateral trade bigger in 2022 or in 2018?", "$85.31 bn", "larger figure is 2022's")]
    [InlineData("How many more Koreans visited Japan in 2025 than in 2019?", "+3,875,000 people", "my arithmetic")]
    [InlineData("How many times bigger was Japanese FDI into Korea in 2024 than in 2016?", "4.9 times", "my arithmetic")]
    [InlineData("How many times larger was the 2010 record deficit than the 2019 deficit?", "1.89 times", "my arithmetic")]
    [InlineData("In 2025, how many Korean visitors to Japan were there for every Japanese visitor to Korea?", "2.59 times", "my arithmetic")]
    [InlineData("In 2025, how many times more Koreans visited Japan than Japanese visited Korea?", "2.59 times", "my arithmetic")]
    [InlineData("In 2020, how many times larger were Korea's imports from Japan than its exports to Japan?", "1.83 times", "my arithmetic")]
    [InlineData("What share of Korea's record 2024 FDI came from Japan?", "17.7%", "my arithmetic")]
    [InlineData("What % of Japan's 2024 working holiday visas went to Koreans?", "33.9%", "my arithmetic")]
    [InlineData("Of 2018, 2019, 2020 and 2022, which year had Korea's largest trade deficit with Japan?", "−$24.11 bn", "2022")]
    [InlineData("What was total Korea–Japan trade (exports + imports) in 2023?", NoFigure, "2023")]
    [InlineData("2019年の日韓貿易総額は？", "759億9000万ドル", "上の数値からの計算")]
    [InlineData("2024年の日本の対韓直接投資は2016年の何倍？", "4.9倍", "上の数値からの計算")]
    [InlineData("2024년 일본의 대한 직접투자는 2016년의 몇 배였어?", "4.9배", "위 수치로 계산")]
    [InlineData("2025년 방일 한국인은 2019년보다 몇 명 더 많았어?", "+387만 5000명", "위 수치로 계산")]
    public async Task RouteAsync_Computed_WorksOutTheFigureAndSaysItIsMine(string question, string figure, string also)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, figure);
        AnswerAssert.Contains(answer, also);
        // The figures used are cited; a missing one leaves nothing to cite.
        Assert.True(figure == NoFigure || answer.Sources.Count > 0);
    }

    [Theory]
    [InlineData("latest korean visitors to japan figure", "9,459,600 people")]
    [InlineData("most recent figure for imports from japan", "$54.71 bn")]
    [InlineData("what is the latest number of japanese visitors to korea", "3,653,000 people")]
    [InlineData("korean residents in japan now", "409,584 people")]
    [InlineData("current trade deficit with japan", "−$24.11 bn")]
    // A poll named by its pollster ("the EAI reading") is that pollster's series, not the glossary entry for the institute.
    [InlineData("What's the latest EAI reading on how Koreans see Japan?", "52.4%")]
    // "These days" with a poll in view asks for its latest figure; a trailing "genron npo poll" names the source, it is not a
    // second question; "한국인들" is the plural of the name's "한국인".
    [InlineData("do japanese people like korea these days? genron npo poll", "37.4%")]
    [InlineData("요즘 일본인들 한국 호감도 어때?", "37.4%")]
    public async Task RouteAsync_Latest_GivesTheMostRecentFigureHeld(string question, string figure)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, figure);
    }

    private const string NoFigure = AnswerAssert.NoVerifiedFigure;
    private const string KnowledgeEnds = "knowledge ends";

    [Theory]
    [InlineData("imports 2023", "kr-imports-from-japan", 2023, NoFigure)]
    [InlineData("korea imports from japan in 2023?", "kr-imports-from-japan", 2023, NoFigure)]
    [InlineData("korean exports to japan in 2023", "kr-exports-to-japan", 2023, NoFigure)]
    [InlineData("trade deficit 2024", "kr-trade-balance-with-japan", 2024, NoFigure)]
    [InlineData("imports from japan 1990", "kr-imports-from-japan", 1990, NoFigure)]
    [InlineData("japanese fdi 2020", "jp-fdi-into-korea", 2020, NoFigure)]
    [InlineData("korean visitors to japan 2020", "korean-visitors-to-japan", 2020, NoFigure)]
    [InlineData("imports from japan this year", "kr-imports-from-japan", 2026, NoFigure + AnswerAssert.Or + KnowledgeEnds)]
    [InlineData("imports from japan 2027", "kr-imports-from-japan", 2027, KnowledgeEnds)]
    [InlineData("korean visitors to japan in 2030", "korean-visitors-to-japan", 2030, KnowledgeEnds)]
    [InlineData("exports to japan in 2028", "kr-exports-to-japan", 2028, KnowledgeEnds)]
    // Today is 27 November 2026, so "next year" is 2027: after the knowledge base ends, not a follow-up.
    [InlineData("japanese visitors to korea next year", "japanese-visitors-to-korea", 2027, KnowledgeEnds)]
    public async Task RouteAsync_YearWithoutAFigure_SaysWhyOffersNearestYearsAndInventsNothing(string question, string seriesId, int year, string says)
    {
        var series = fixture.Knowledge.Series(seriesId)!;

        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, says);
        AnswerAssert.NoInventedFigures(answer, series);
        var nearest = new[]
        {
            series.YearPoints.LastOrDefault(p => p.Year < year),
            series.YearPoints.FirstOrDefault(p => p.Year > year),
        }.OfType<StatPoint>().Select(p => series.Unit.Format(p.Value));
        AnswerAssert.Contains(answer, string.Join(AnswerAssert.Or, nearest));
    }
}
