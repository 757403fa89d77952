using Bot.Core.Knowledge;

namespace Bot.Core.Tests.Knowledge;

/// <summary>Every unit written for a Korean and a Japanese reader, row by row next to the English figure it translates.</summary>
public sealed class LocalizedFiguresTests
{
    [Theory]
    [InlineData(StatUnit.UsdBillion, 68.3, "$68.3 bn", "683억 달러", "683億ドル")]
    [InlineData(StatUnit.UsdBillion, 47.58, "$47.58 bn", "475억 8000만 달러", "475億8000万ドル")]
    [InlineData(StatUnit.UsdBillion, 604.6, "$604.6 bn", "6046억 달러", "6046億ドル")]
    [InlineData(StatUnit.UsdBillion, -19.16, "−$19.16 bn", "−191억 6000만 달러", "−191億6000万ドル")]
    [InlineData(StatUnit.UsdBillion, 1250.5, "$1,250.5 bn", "1조 2505억 달러", "1兆2505億ドル")]
    [InlineData(StatUnit.UsdMillion, 66.86, "$66.86 M", "6686만 달러", "6686万ドル")]
    [InlineData(StatUnit.UsdMillion, 0.5, "$0.5 M", "50만 달러", "50万ドル")]
    [InlineData(StatUnit.YenTrillion, 5.2688, "¥5.2688 tn", "5조 2688억 엔", "5兆2688億円")]
    [InlineData(StatUnit.YenBillion, 1, "¥1 bn", "10억 엔", "10億円")]
    [InlineData(StatUnit.WonMillion, 100, "₩100 M", "1억 원", "1億ウォン")]
    [InlineData(StatUnit.People, 9459600, "9,459,600 people (9.46 million)", "945만 9600명", "945万9600人")]
    [InlineData(StatUnit.People, 409238, "409,238 people", "40만 9238명", "40万9238人")]
    [InlineData(StatUnit.People, 2316000, "2,316,000 people (2.32 million)", "231만 6000명", "231万6000人")]
    [InlineData(StatUnit.People, 10000, "10,000 people", "1만명", "1万人")]
    [InlineData(StatUnit.People, 9600, "9,600 people", "9600명", "9600人")]
    [InlineData(StatUnit.Percent, 37.4, "37.4%", "37.4%", "37.4%")]
    [InlineData(StatUnit.Count, 316, "316", "316", "316")]
    public void Format_EachLanguage_SameFigure(StatUnit unit, double value, string en, string ko, string ja)
    {
        Assert.Equal(en, unit.Format(value, Lang.En));
        Assert.Equal(ko, unit.Format(value, Lang.Ko));
        Assert.Equal(ja, unit.Format(value, Lang.Ja));
    }

    [Theory]
    [InlineData(StatUnit.Percent, 8.1, "+8.1 percentage points", "+8.1%포인트", "+8.1ポイント")]
    [InlineData(StatUnit.Percent, -2.5, "−2.5 percentage points", "−2.5%포인트", "−2.5ポイント")]
    [InlineData(StatUnit.UsdBillion, -11.7, "−$11.7 bn", "−117억 달러", "−117億ドル")]
    [InlineData(StatUnit.People, 1200000, "+1,200,000 people (1.2 million)", "+120만명", "+120万人")]
    public void FormatDelta_EachLanguage(StatUnit unit, double delta, string en, string ko, string ja)
    {
        Assert.Equal(en, unit.FormatDelta(delta, Lang.En));
        Assert.Equal(ko, unit.FormatDelta(delta, Lang.Ko));
        Assert.Equal(ja, unit.FormatDelta(delta, Lang.Ja));
    }

    [Theory]
    [InlineData("1965-06-22", "22 June 1965", "1965년 6월 22일", "1965年6月22日")]
    [InlineData("2013-09", "September 2013", "2013년 9월", "2013年9月")]
    [InlineData("1942", "1942", "1942년", "1942年")]
    public void Date_EachLanguage(string iso, string en, string ko, string ja)
    {
        var date = PartialDate.Parse(iso);
        Assert.Equal(en, date.ToDisplay(Lang.En));
        Assert.Equal(ko, date.ToDisplay(Lang.Ko));
        Assert.Equal(ja, date.ToDisplay(Lang.Ja));
    }
}
