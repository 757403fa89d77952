using Bot.Core.Knowledge;

namespace Bot.Core.Tests.Knowledge;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1965-06-22", 1965, 6, 22)]
    [InlineData("2013-09", 2013, 9, null)]
    [InlineData("1942", 1942, null, null)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void TryParse_ValidIso_ReturnsParts(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var d));
        Assert.Equal(new PartialDate(year, month, day), d);
        Assert.Equal(text, d.ToString());
    }

    [Theory]
    [InlineData("2019-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2019-13")]
    [InlineData("2019-00-10")]
    [InlineData("19-01-01")]
    [InlineData("2019/01/01")]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2019-1-5")]
    public void TryParse_ImpossibleOrMalformed_ReturnsFalse(string text) =>
        Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void StartAndEnd_PartialDates_SpanTheWholePeriod()
    {
        var month = PartialDate.Parse("2024-02");
        Assert.Equal(new DateOnly(2024, 2, 1), month.Start);
        Assert.Equal(new DateOnly(2024, 2, 29), month.End);
        Assert.Equal(new DateOnly(1942, 12, 31), PartialDate.Parse("1942").End);
    }

    [Fact]
    public void CompareTo_PartialBeforeExactInSamePeriod_OrdersByStart()
    {
        Assert.True(PartialDate.Parse("2019-07") < PartialDate.Parse("2019-07-04"));
        Assert.True(PartialDate.Parse("1965-06-22") < PartialDate.Parse("1965-12-18"));
    }

    [Theory]
    [InlineData("1965-06-22", "22 June 1965")]
    [InlineData("2013-09", "September 2013")]
    [InlineData("1942", "1942")]
    public void ToDisplay_Forms_AreHumanReadable(string text, string expected) =>
        Assert.Equal(expected, PartialDate.Parse(text).ToDisplay());
}
