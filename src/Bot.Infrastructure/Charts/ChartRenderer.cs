using System.Globalization;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using ScottPlot;
using SkiaSharp;

namespace Bot.Infrastructure.Charts;

/// <summary>
/// PNG charts of statistics series: bars for flows (an amount per year), a line for levels (stocks, shares, polls).
/// Fixed size, embedded fonts and no timestamps, so the same input always gives the same bytes. Written in the answer's
/// language: the series' name and every note from its translation and the templates, in the CJK face for Korean and Japanese.
/// </summary>
public static class ChartRenderer
{
    public const int Width = 1000;
    public const int Height = 560;
    private const int NoteHeight = 58;

    /// <summary>Draws a chart request against the knowledge it came from (sources named by publisher).</summary>
    public static byte[] Render(KnowledgeBase kb, ChartRequest request, ChartTheme theme, Lang lang = Lang.En)
    {
        var series = kb.Series(request.SeriesId) ?? throw new ArgumentException($"no statistics series '{request.SeriesId}'", nameof(request));
        return Render(series, request.FromYear, request.ToYear, theme, SourceNote(kb, series, request.FromYear, request.ToYear, lang), kb.AsOf, lang);
    }

    /// <summary>
    /// Draws <paramref name="series"/> from <paramref name="from"/> to <paramref name="to"/> (inclusive; null = the
    /// series' first or last year). <paramref name="sourceNote"/> goes under the chart (the series' source ids when null),
    /// followed by what is missing and <paramref name="asOf"/>.
    /// </summary>
    public static byte[] Render(StatSeries series, int? from, int? to, ChartTheme theme, string? sourceNote = null, PartialDate? asOf = null, Lang lang = Lang.En)
    {
        var points = ChartPoints.Select(series, from, to);
        if (points.Count == 0)
        {
            throw new ArgumentException($"series '{series.Id}' has no figures between {from?.ToString(CultureInfo.InvariantCulture) ?? "its start"} and {to?.ToString(CultureInfo.InvariantCulture) ?? "its end"}");
        }

        ChartFonts.EnsureRegistered();
        var palette = ChartPalette.For(theme);
        var t = AnswerTemplates.For(lang);
        using var plot = BuildPlot(series, points, palette, lang);
        var coverage = string.Join(' ', new[] { Coverage(series, points, t), asOf is { } date ? t.KnowledgeAsOf(date.ToDisplay(lang)) : null }.OfType<string>());
        return Png(plot, palette, sourceNote ?? SourcesLine(t, string.Join(", ", points.SelectMany(p => p.SourceIds).Distinct()), ""), coverage, lang);
    }

    /// <summary>
    /// The plot at the fixed size with up to two note lines under it, as PNG bytes: shared by every chart this
    /// assembly draws, so they all look alike and stay byte-for-byte reproducible.
    /// </summary>
    internal static byte[] Png(Plot plot, ChartPalette palette, string noteLine1, string noteLine2, Lang lang = Lang.En)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse(palette.Background));
        plot.Render(canvas, Width, Height - NoteHeight);
        DrawNote(canvas, noteLine1, noteLine2, palette, lang);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static Plot BuildPlot(StatSeries series, IReadOnlyList<StatPoint> points, ChartPalette palette, Lang lang)
    {
        var first = points[0].Year;
        var last = points[^1].Year;
        var name = series.Text(lang).Name;
        var plot = StyledPlot(palette, first == last ? $"{name}, {first}" : $"{name}, {first}–{last}", series.Unit.Describe(lang), lang);

        var xs = points.Select(p => (double)p.Year).ToArray();
        var ys = points.Select(p => p.Value).ToArray();
        if (series.Kind == SeriesKind.Flow)
        {
            var bars = points.Select(p => new Bar
            {
                Position = p.Year,
                Value = p.Value,
                FillColor = Color.FromHex(p.Value < 0 ? palette.Negative : palette.Accent),
                LineWidth = 0,
                Size = 0.72,
            }).ToList();
            plot.Add.Bars(bars);
            // Bars stand on zero; the value side gets headroom, and zero itself is drawn so all-negative bars
            // (a deficit) hang from a visible baseline instead of the frame.
            plot.Axes.Margins(left: 0.02, right: 0.02, bottom: ys.Min() < 0 ? 0.08 : 0, top: ys.Max() > 0 ? 0.1 : 0.08);
            var zero = plot.Add.HorizontalLine(0, 1.5f, Color.FromHex(palette.Muted));
            zero.LabelText = "";
        }
        else
        {
            AddLine(plot, points, palette);
            plot.Axes.Margins(horizontal: 0.04, vertical: 0.15);
        }

        var span = last - first;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => v.ToString("0", CultureInfo.InvariantCulture),
            TargetTickCount = Math.Clamp(span + 1, 1, 12),
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => ChartNumbers.Compact(v, series.Unit),
            TargetTickCount = 6,
        };
        return plot;
    }

    /// <summary>A plot in the theme's colours and the embedded font, with its title, y-axis label and fixed frame.</summary>
    internal static Plot StyledPlot(ChartPalette palette, string title, string yLabel, Lang lang = Lang.En)
    {
        ChartFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(ChartFonts.Family);
        plot.FigureBackground.Color = Color.FromHex(palette.Background);
        plot.DataBackground.Color = Color.FromHex(palette.Background);
        plot.Axes.Color(Color.FromHex(palette.Muted));
        plot.Grid.MajorLineColor = Color.FromHex(palette.Grid);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        var titleFace = ChartFonts.Face(ChartFonts.FamilyFor(title, bold: true, lang), bold: true);
        var printable = ChartText.Printable(title, titleFace);
        plot.Title(printable, TitleSize(printable, titleFace));
        plot.Axes.Title.Label.ForeColor = Color.FromHex(palette.Text);
        plot.Axes.Title.Label.Bold = true;
        plot.YLabel(yLabel, 18);
        if (UseCjkFaceIfNeeded(plot.Axes.Title.Label, title, bold: true, lang))
        {
            // The CJK face's taller ascent puts the title's top at the image's edge: move it down into the frame's margin.
            plot.Axes.Title.Label.OffsetY = 8;
        }

        UseCjkFaceIfNeeded(plot.Axes.Left.Label, yLabel, bold: false, lang);
        plot.Axes.Left.Label.ForeColor = Color.FromHex(palette.Muted);
        plot.Axes.Left.Label.Bold = false;

        plot.Axes.Bottom.TickLabelStyle.FontSize = 17;
        plot.Axes.Left.TickLabelStyle.FontSize = 17;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = Color.FromHex(palette.Text);
        plot.Axes.Left.TickLabelStyle.ForeColor = Color.FromHex(palette.Text);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.FrameLineStyle.Color = Color.FromHex(palette.Grid);
        plot.Axes.Left.FrameLineStyle.Color = Color.FromHex(palette.Grid);
        plot.Axes.Bottom.MajorTickStyle.Color = Color.FromHex(palette.Grid);
        plot.Axes.Left.MajorTickStyle.Color = Color.FromHex(palette.Grid);
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        // A fixed frame keeps every chart's data area in the same place, whatever its labels measure.
        plot.Layout.Fixed(new PixelPadding(left: 110, right: 36, bottom: 44, top: 62));
        return plot;
    }

    /// <summary>
    /// A label whose text needs the CJK face gets that typeface itself: ScottPlot draws with a label's own typeface before its
    /// font name, and ours would otherwise leave Hangul and kana as empty boxes. Other labels are left as they were.
    /// </summary>
    private static bool UseCjkFaceIfNeeded(LabelStyle label, string text, bool bold, Lang lang)
    {
        if (ChartFonts.FamilyFor(text, bold, lang) != ChartFonts.CjkFamily)
        {
            return false;
        }

        label.FontName = ChartFonts.CjkFamily;
        label.Font = ChartFonts.Face(ChartFonts.CjkFamily, bold);
        return true;
    }

    /// <summary>
    /// A solid line joins consecutive years only; across missing years a thin dashed line keeps the trend readable
    /// without pretending there were figures in between.
    /// </summary>
    private static void AddLine(Plot plot, IReadOnlyList<StatPoint> points, ChartPalette palette)
    {
        var accent = Color.FromHex(palette.Accent);
        var runs = new List<List<StatPoint>> { new() { points[0] } };
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Year - points[i - 1].Year > 1)
            {
                var bridge = plot.Add.Scatter(new double[] { points[i - 1].Year, points[i].Year }, new[] { points[i - 1].Value, points[i].Value });
                bridge.Color = accent.WithAlpha(0.6);
                bridge.LineWidth = 1.5f;
                bridge.LinePattern = LinePattern.Dashed;
                bridge.MarkerSize = 0;
                runs.Add([]);
            }

            runs[^1].Add(points[i]);
        }

        foreach (var run in runs)
        {
            var line = plot.Add.Scatter(run.Select(p => (double)p.Year).ToArray(), run.Select(p => p.Value).ToArray());
            line.Color = accent;
            line.LineWidth = 3;
            line.MarkerSize = points.Count > 40 ? 0 : 9;
            line.MarkerShape = MarkerShape.FilledCircle;
        }
    }

    /// <summary>The title's font size: 26 px, smaller for long series names, so the title is never cut off.</summary>
    private static float TitleSize(string title, SKTypeface face)
    {
        ChartFonts.EnsureRegistered();
        var size = 26f;
        using var font = new SKFont(face, size);
        while (size > 16 && font.MeasureText(title) > Width - 48)
        {
            size -= 1;
            font.Size = size;
        }

        return size;
    }

    private static void DrawNote(SKCanvas canvas, string sources, string coverage, ChartPalette palette, Lang lang)
    {
        // ScottPlot paints only its own rectangle: the strip under it gets the theme's background here.
        using var background = new SKPaint { Color = SKColor.Parse(palette.Background) };
        canvas.DrawRect(0, Height - NoteHeight, Width, NoteHeight, background);
        using var paint = new SKPaint { Color = SKColor.Parse(palette.Muted), IsAntialias = true };
        var y = Height - NoteHeight + 22f;
        foreach (var line in new[] { sources, coverage }.Where(l => l.Length > 0))
        {
            var face = ChartFonts.Face(ChartFonts.FamilyFor(line, bold: false, lang), bold: false);
            using var font = new SKFont(face, 14);
            canvas.DrawText(Fit(ChartText.Printable(line, face), font, Width - 48), 24, y, SKTextAlign.Left, font, paint);
            y += 22;
        }
    }

    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && font.MeasureText(text[..cut] + "…") > width)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>Says why years are missing, so an empty slot is not read as zero.</summary>
    private static string? Coverage(StatSeries series, IReadOnlyList<StatPoint> points, AnswerTemplates t)
    {
        var first = points[0].Year;
        var last = points[^1].Year;
        var missing = last - first + 1 - points.Count;
        if (missing == 0)
        {
            return null;
        }

        var unverified = series.Gaps.Select(g => g.Year).Where(y => y >= first && y <= last).Order().ToList();
        return t.ChartMissingYears(series.Kind == SeriesKind.Flow, unverified.Count == 0 ? null : string.Join(", ", unverified));
    }

    /// <summary>"Sources: Korea Customs Service; KITA …" from the publishers behind the points drawn.</summary>
    public static string SourceNote(KnowledgeBase kb, StatSeries series, int? from, int? to, Lang lang = Lang.En)
    {
        var publishers = kb.SourcesFor(ChartPoints.Select(series, from, to).SelectMany(p => p.SourceIds))
            .Select(s => s.Publisher)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var t = AnswerTemplates.For(lang);
        return SourcesLine(t, string.Join("; ", publishers.Take(3)), publishers.Count > 3 ? t.AndMorePublishers(publishers.Count - 3) : "") + t.FullStop;
    }

    /// <summary>"Sources: X", "출처: X", "出典：X" (a full-width colon takes no space).</summary>
    private static string SourcesLine(AnswerTemplates t, string shown, string more) =>
        t.SourcesHeading + (t.Colon == ":" ? " " : "") + shown + more;
}
