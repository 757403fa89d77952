using System.Buffers.Binary;
using System.Security.Cryptography;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Charts;
using Bot.Infrastructure.Tests.Digest;

namespace Bot.Infrastructure.Tests.Charts;

public sealed class ChartRendererTests
{
    private static readonly KnowledgeBase Kb = RepositoryKnowledge.Current;

    public static TheoryData<string, ChartTheme> Charts => new()
    {
        { "kr-imports-from-japan", ChartTheme.Dark },
        { "kr-trade-balance-with-japan", ChartTheme.Light },
        { "genron-korean-good-impression-of-japan", ChartTheme.Dark },
        { "korean-residents-in-japan", ChartTheme.Light },
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Render_SameInputTwice_SameBytes(string seriesId, ChartTheme theme)
    {
        var first = ChartRenderer.Render(Kb, new ChartRequest(seriesId, null, null), theme);
        var second = ChartRenderer.Render(Kb, new ChartRequest(seriesId, null, null), theme);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Render_AnySeries_PngOfTheFixedSize(string seriesId, ChartTheme theme)
    {
        var png = ChartRenderer.Render(Kb, new ChartRequest(seriesId, null, null), theme);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(ChartRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(ChartRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.True(png.Length > 10_000, "a chart with text and marks is more than a blank image");
    }

    [Fact]
    public void Render_DarkAndLight_DifferentImages()
    {
        var dark = ChartRenderer.Render(Kb, new ChartRequest("kr-imports-from-japan", null, null), ChartTheme.Dark);
        var light = ChartRenderer.Render(Kb, new ChartRequest("kr-imports-from-japan", null, null), ChartTheme.Light);

        Assert.NotEqual(dark, light);
    }

    [Fact]
    public void Render_YearRange_DiffersFromTheWholeSeries()
    {
        var whole = ChartRenderer.Render(Kb, new ChartRequest("korean-visitors-to-japan", null, null), ChartTheme.Dark);
        var recent = ChartRenderer.Render(Kb, new ChartRequest("korean-visitors-to-japan", 2017, 2025), ChartTheme.Dark);

        Assert.NotEqual(whole, recent);
    }

    [Fact]
    public void Render_RangeWithNoFigures_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ChartRenderer.Render(Kb, new ChartRequest("kr-imports-from-japan", 1800, 1801), ChartTheme.Dark));
        Assert.Throws<ArgumentException>(() => ChartRenderer.Render(Kb, new ChartRequest("no-such-series", null, null), ChartTheme.Dark));
    }

    [Fact]
    public void ChartPoints_FlowWithAPartYearFigure_OnlyWholeYearsDrawn()
    {
        var series = new StatSeries("s", "S", "trade", StatUnit.UsdBillion, SeriesKind.Flow, "d", ["s"], null,
        [
            new StatPoint(2018, null, 10, ["x"], Flag.V, null, []),
            new StatPoint(2019, null, 12, ["x"], Flag.V, null, []),
            new StatPoint(2020, "Jan–Sep", 7, ["x"], Flag.V, null, []),
        ], []);

        Assert.Equal([2018, 2019], ChartPoints.Select(series, null, null).Select(p => p.Year));
    }

    [Theory]
    [InlineData(9_459_600, StatUnit.People, "9.5M")]
    [InlineData(250_000, StatUnit.People, "250K")]
    [InlineData(68.3, StatUnit.UsdBillion, "68.3")]
    [InlineData(-20, StatUnit.UsdBillion, "−20")]
    [InlineData(1500, StatUnit.UsdMillion, "1,500")]
    public void Compact_AxisNumbers_Short(double value, StatUnit unit, string expected) => Assert.Equal(expected, ChartNumbers.Compact(value, unit));

    [Fact]
    public void SourceNote_NamesPublishersAndAsOf()
    {
        var note = ChartRenderer.SourceNote(Kb, Kb.Series("kr-imports-from-japan")!, null, null);

        Assert.StartsWith("Sources: ", note, StringComparison.Ordinal);
        Assert.Contains(Kb.SourcesFor(Kb.Series("kr-imports-from-japan")!.Points.SelectMany(p => p.SourceIds)).First().Publisher, note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Immigration Services Agency of Japan (出入国在留管理庁)", "Immigration Services Agency of Japan")]
    [InlineData("Toitsu Nippo (統一日報); KBS (한국방송)", "Toitsu Nippo; KBS")]
    [InlineData("Korea Customs Service (KCS)", "Korea Customs Service (KCS)")]
    [InlineData("₩ million, ¥ trillion, −3 %", "₩ million, ¥ trillion, −3 %")]
    public void Printable_ScriptsTheFontLacks_LeftOutNotDrawnAsBoxes(string text, string expected)
    {
        ChartFonts.EnsureRegistered();

        Assert.Equal(expected, ChartText.Printable(text, ChartFonts.Regular));
    }
}
