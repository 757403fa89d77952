using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge.Localization;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>
/// The number/date cross-check, one conversion per row: each Korean and Japanese way of writing a figure against the
/// English figure it translates, and the drifts that must never pass.
/// </summary>
public sealed class FigureCheckTests
{
    private static readonly HashSet<decimal> NoneAllowed = [];

    [Theory]
    // Money: 억/億 = 10^8, 만/万 = 10^4, 조/兆 = 10^12
    [InlineData("Imports peaked at $68.3 bn in 2011.", "ko", "대일 수입은 2011년 683억 달러로 정점을 찍었다.")]
    [InlineData("Imports peaked at $68.3 bn in 2011.", "ja", "輸入額は2011年の683億ドルが最高であった。")]
    [InlineData("Japan paid about ¥1 billion.", "ko", "일본은 약 10억 엔을 출연했다.")]
    [InlineData("Japan paid about ¥1 billion.", "ja", "日本は約10億円を拠出した。")]
    [InlineData("It ordered Japan to pay 100 million won to each.", "ko", "1인당 1억 원씩 배상하라고 판결했다.")]
    [InlineData("It ordered Japan to pay 100 million won to each.", "ja", "1人当たり1億ウォンの支払いを命じた。")]
    [InlineData("about $500,000", "ko", "약 50만 달러")]
    [InlineData("KITA published 25.09, down 11.7%.", "ko", "한국무역협회는 250억 9000만 달러(11.7% 감소)로 발표했다.")]
    [InlineData("KITA published 25.09, down 11.7%.", "ja", "韓国貿易協会は250億9000万ドル（11.7%減）と発表した。")]
    [InlineData("a total of 278.2 bn yen", "ja", "総額2782億円")]
    [InlineData("worth ¥1.2 trillion", "ko", "1조 2000억 엔 규모")]
    [InlineData("between $25.1 and $30.6 bn", "ko", "251억~306억 달러")]
    [InlineData("between 25.1–30.6 billion dollars", "ja", "251億～306億ドル")]
    // People: grouped or in 만/万
    [InlineData("9,459,600 people", "ko", "945만 9600명")]
    [InlineData("9,459,600 people", "ko", "9,459,600명")]
    [InlineData("9,459,600 people", "ja", "945万9600人")]
    [InlineData("about 1.6 million", "ko", "약 160만 명")]
    [InlineData("13 million visitors", "ja", "1300万人の訪問者")]
    // Dates, partial dates, periods and ranges
    [InlineData("signed on 22 June 1965", "ko", "1965년 6월 22일 서명된")]
    [InlineData("signed on 22 June 1965", "ja", "1965年6月22日に署名された")]
    [InlineData("signed on June 22, 1965", "ko", "1965년 6월 22일 서명된")]
    [InlineData("in September 2013", "ko", "2013년 9월에")]
    [InlineData("in September 2013", "ja", "2013年9月に")]
    [InlineData("(Yomiuri 2019-07-04)", "ko", "(요미우리신문 2019년 7월 4일)")]
    [InlineData("(Yomiuri 2019-07-04)", "ja", "（読売新聞、2019年7月4日）")]
    [InlineData("on 16–17 March 2023", "ko", "2023년 3월 16~17일")]
    [InlineData("Jan–Sep 2024", "ja", "2024年1～9月")]
    [InlineData("colonial rule (1910–45)", "ko", "식민 지배(1910~1945년)")]
    [InlineData("suspended through 1954–56", "ja", "1954～56年を通じて中断した")]
    [InlineData("in the 1990s", "ko", "1990년대에")]
    [InlineData("since the 17th century", "ja", "17世紀から")]
    // Votes and percentages
    [InlineData("passed 204–85", "ko", "204대 85로 통과됐다")]
    [InlineData("passed 204–85", "ja", "204対85で可決された")]
    [InlineData("76.0% said so", "ko", "76.0%가 그렇게 답했다")]
    [InlineData("down 1.5 percentage points", "ja", "1.5ポイント低下した")]
    // English words a translation may write as digits, and ordinals of names
    [InlineData("eight prefectures", "ko", "8개 현")]
    [InlineData("offered three times", "ja", "3度提案した")]
    [InlineData("offered three times", "ko", "세 차례 제안했다")]
    [InlineData("the fifth survey", "ko", "제5회 조사")]
    [InlineData("twice a year", "ja", "年2回")]
    [InlineData("a two-thirds majority", "ko", "3분의 2 의석")]
    [InlineData("a year earlier", "ko", "1년 전")]
    [InlineData("in a calendar year", "ja", "1暦年間に")]
    [InlineData("a secondary source", "ko", "2차 출처")]
    [InlineData("under Article II of the treaty", "ko", "조약 제2조에 따라")]
    [InlineData("under Article II of the treaty", "ja", "条約第2条により")]
    [InlineData("after World War II", "ko", "제2차 세계대전 이후")]
    [InlineData("the March First Movement", "ko", "3·1운동")]
    [InlineData("at the G7 in 2025", "ja", "2025年のG7で")]
    [InlineData("among the U.S., Japan and South Korea", "ko", "한미일 3국 간")]
    // A series note writes bare figures in the series' unit (US$ bn): the digits must still agree
    [InlineData("KITA's preliminary figure was 68.2.", "ko", "한국무역협회의 잠정치는 682억 달러였다.")]
    [InlineData("the 2020 figure was about 25.1", "ja", "2020年の値は約251億ドル")]
    public void Compare_SameFigureWrittenTheLanguagesWay_NoDifference(string english, string lang, string translation)
    {
        var (missing, added) = FigureCheck.Compare(english, translation, Parse(lang), NoneAllowed);

        Assert.Empty(missing);
        Assert.Empty(added);
    }

    [Theory]
    // The two drifts the check exists for
    [InlineData("KITA's preliminary figure was 68.2.", "ko", "한국무역협회의 잠정치는 683억 달러였다.", "68.2", "683억")]
    [InlineData("signed on 22 June 1965", "ko", "1965년 6월 23일 서명된", "22 June", "6월 23일")]
    [InlineData("signed on 22 June 1965", "ja", "1965年6月23日に署名された", "22 June", "6月23日")]
    // Every conversion, with one digit or one unit off
    [InlineData("Imports peaked at $68.3 bn.", "ja", "輸入額は684億ドルが最高であった。", "68.3 bn", "684億")]
    [InlineData("Imports peaked at $68.3 bn.", "ko", "대일 수입은 683만 달러로 정점을 찍었다.", "68.3 bn", "683만")]
    [InlineData("Japan paid about ¥1 billion.", "ko", "일본은 약 1억 엔을 출연했다.", "1 billion", "1억")]
    [InlineData("100 million won each", "ja", "1人当たり10億ウォン", "100 million", "10億")]
    [InlineData("9,459,600 people", "ko", "945만 9500명", "9,459,600", "945만 9500")]
    [InlineData("9,459,600 people", "ja", "94万5960人", "9,459,600", "94万5960")]
    [InlineData("in September 2013", "ja", "2014年9月に", "2013", "2014")]
    [InlineData("in September 2013", "ko", "2013년 10월에", "September", "10월")]
    [InlineData("passed 204–85", "ko", "204대 86으로 통과됐다", "85", "86")]
    [InlineData("37.4% said so", "ja", "37.5%がそう答えた", "37.4", "37.5")]
    [InlineData("colonial rule (1910–45)", "ko", "식민 지배(1910~1946년)", "45", "1946")]
    [InlineData("eight prefectures", "ko", "9개 현", null, "9")]
    // A day that moved is caught even where its number appears in the text for another reason
    [InlineData("on 22 June and on 23 July", "ko", "6월 23일과 7월 22일에", "22 June", "6월 23일")]
    public void Compare_DriftedFigure_IsFoundOnBothSides(string english, string lang, string translation, string? missingSnippet, string addedSnippet)
    {
        var (missing, added) = FigureCheck.Compare(english, translation, Parse(lang), NoneAllowed);

        if (missingSnippet is not null)
        {
            Assert.Contains(missing, f => f.Snippet == missingSnippet);
        }

        Assert.Contains(added, f => f.Snippet == addedSnippet);
    }

    [Fact]
    public void Compare_AllowedFigure_PassesWhileAnotherStillDrifts()
    {
        var (_, allowed) = FigureCheck.Compare("the Commitment to Consult", "‘3자 협의에 대한 공약’", Lang.Ko, new HashSet<decimal> { 3 });
        var (_, other) = FigureCheck.Compare("the Commitment to Consult", "‘4자 협의에 대한 공약’", Lang.Ko, new HashSet<decimal> { 3 });

        Assert.Empty(allowed);
        Assert.Equal("4", Assert.Single(other).Snippet);
    }

    [Fact]
    public void Compare_AddedFigureOrYear_IsReported()
    {
        var (missing, added) = FigureCheck.Compare("South Korea banned fishery imports.", "한국은 2013년 수산물 수입을 금지했다.", Lang.Ko, NoneAllowed);

        Assert.Empty(missing);
        Assert.Equal(Figure.Number(2013), Assert.Single(added).Figure);
    }

    [Fact]
    public void Compare_NumbersTooLongToBeFigures_AreLeftOutInsteadOfOverflowing()
    {
        var (missing, added) = FigureCheck.Compare(
            "12345678901234567890123456 trillion and 1234567890123456789012345678901234567890",
            "12345678901234567890123456조 9999억 9999만 1234567890123456789012345678901234567890", Lang.Ko, NoneAllowed);

        Assert.Empty(missing);
        Assert.Empty(added);
    }

    private static Lang Parse(string code) => Langs.TryParse(code, out var lang) ? lang : throw new ArgumentException(code);
}
