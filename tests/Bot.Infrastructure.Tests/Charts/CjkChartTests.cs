using System.Security.Cryptography;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Charts;
using Bot.Infrastructure.Tests.Digest;
using SkiaSharp;

namespace Bot.Infrastructure.Tests.Charts;

/// <summary>Charts for Korean and Japanese answers: titles and notes in the embedded CJK face, drawn, and byte-for-byte repeatable.</summary>
public sealed class CjkChartTests
{
    private static readonly KnowledgeBase Kb = RepositoryKnowledge.Current;

    public static TheoryData<string, Lang, ChartTheme> Charts => new()
    {
        { "kr-imports-from-japan", Lang.Ko, ChartTheme.Dark },
        { "kr-trade-balance-with-japan", Lang.Ja, ChartTheme.Light },
        { "genron-korean-good-impression-of-japan", Lang.Ko, ChartTheme.Light },
        { "korean-residents-in-japan", Lang.Ja, ChartTheme.Dark },
    };

    public static TheoryData<string, Lang> SeriesNames
    {
        get
        {
            var data = new TheoryData<string, Lang>();
            foreach (var series in Kb.Statistics)
            {
                data.Add(series.Id, Lang.Ko);
                data.Add(series.Id, Lang.Ja);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Render_SameInputTwice_SameBytes(string seriesId, Lang lang, ChartTheme theme)
    {
        var first = ChartRenderer.Render(Kb, new ChartRequest(seriesId, null, null), theme, lang);
        var second = ChartRenderer.Render(Kb, new ChartRequest(seriesId, null, null), theme, lang);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
        Assert.NotEqual(first, ChartRenderer.Render(Kb, new ChartRequest(seriesId, null, null), theme));
    }

    [Theory]
    [MemberData(nameof(SeriesNames))]
    public void CjkFace_HoldsEveryGlyphOfEveryTranslatedSeriesName(string seriesId, Lang lang)
    {
        var name = Kb.Series(seriesId)!.Text(lang).Name;

        Assert.Equal(ChartFonts.CjkFamily, ChartFonts.FamilyFor(name, bold: true, lang));
        Assert.Equal(name, ChartText.Printable(name, ChartFonts.CjkBold));
        Assert.Equal(name, ChartText.Printable(name, ChartFonts.CjkRegular));
    }

    [Theory]
    [InlineData("한국의 대일 수입, 2010–2024", Lang.Ko)]
    [InlineData("韓国の対日輸入、2010–2024", Lang.Ja)]
    public void Title_HangulAndKana_DrawnNotLeftBlank(string title, Lang lang)
    {
        // The same title in an English chart is drawn with DejaVu Sans, which leaves the Hangul and kana out: what a chart
        // without the CJK face shows. The CJK title puts far more ink in the title band.
        var cjk = TitleInk(ChartRenderer.StyledPlot(ChartPalette.For(ChartTheme.Light), title, "%", lang));
        var stripped = TitleInk(ChartRenderer.StyledPlot(ChartPalette.For(ChartTheme.Light), title, "%", Lang.En));

        Assert.True(cjk > stripped * 2, $"title ink: {cjk} pixels with the CJK face, {stripped} without");
    }

    [Fact]
    public void English_KeepsDejaVuSans_EvenForTextWithCjk()
    {
        Assert.Equal(ChartFonts.Family, ChartFonts.FamilyFor("Immigration Services Agency of Japan (出入国在留管理庁)", bold: false, Lang.En));
        Assert.Equal(ChartFonts.CjkFamily, ChartFonts.FamilyFor("출처: 한국무역협회", bold: false, Lang.Ko));
        Assert.Equal(ChartFonts.Family, ChartFonts.FamilyFor("Sources: KITA", bold: false, Lang.Ko));
    }

    [Theory]
    [InlineData(Lang.Ko, "출처: ")]
    [InlineData(Lang.Ja, "出典：")]
    [InlineData(Lang.En, "Sources: ")]
    public void SourceNote_InTheChartsLanguage(Lang lang, string start)
    {
        var note = ChartRenderer.SourceNote(Kb, Kb.Series("kr-imports-from-japan")!, null, null, lang);

        Assert.StartsWith(start, note, StringComparison.Ordinal);
    }

    /// <summary>Pixels in the title band (above the data area) that differ from the background.</summary>
    private static int TitleInk(ScottPlot.Plot plot)
    {
        using (plot)
        {
            var png = ChartRenderer.Png(plot, ChartPalette.For(ChartTheme.Light), "", "");
            using var bitmap = SKBitmap.Decode(png);
            var background = bitmap.GetPixel(2, 2);
            var ink = 0;
            for (var y = 0; y < 60; y++)
            {
                for (var x = 0; x < bitmap.Width; x++)
                {
                    ink += bitmap.GetPixel(x, y) == background ? 0 : 1;
                }
            }

            return ink;
        }
    }
}
