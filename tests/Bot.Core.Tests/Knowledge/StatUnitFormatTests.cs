using Bot.Core.Knowledge;

namespace Bot.Core.Tests.Knowledge;

public sealed class StatUnitFormatTests
{
    [Theory]
    [InlineData(StatUnit.UsdBillion, 68.3, "$68.3 bn")]
    [InlineData(StatUnit.UsdBillion, -19.16, "−$19.16 bn")]
    [InlineData(StatUnit.People, 9459600, "9,459,600 people (9.46 million)")]
    [InlineData(StatUnit.People, 409238, "409,238 people")]
    [InlineData(StatUnit.Percent, 37.4, "37.4%")]
    [InlineData(StatUnit.UsdMillion, 66.86, "$66.86 M")]
    [InlineData(StatUnit.YenTrillion, 5.2688, "¥5.2688 tn")]
    public void Format_Value_WritesUnit(StatUnit unit, double value, string expected) =>
        Assert.Equal(expected, unit.Format(value));

    [Fact]
    public void FormatDelta_Percent_UsesPercentagePoints() =>
        Assert.Equal("+8.1 percentage points", StatUnit.Percent.FormatDelta(8.1));

    [Theory]
    [InlineData("usd_billion", StatUnit.UsdBillion)]
    [InlineData("people", StatUnit.People)]
    [InlineData("percent", StatUnit.Percent)]
    public void TryParse_FileNames_MapToUnits(string name, StatUnit expected)
    {
        Assert.True(StatUnitFormat.TryParse(name, out var unit));
        Assert.Equal(expected, unit);
    }

    [Fact]
    public void TryParse_Unknown_ReturnsFalse() => Assert.False(StatUnitFormat.TryParse("furlongs", out _));
}
