using Bot.Core.Knowledge;
using ScottPlot;
using SkiaSharp;

namespace Bot.Infrastructure.Charts;

/// <summary>
/// DejaVu Sans, and a CJK subset of Noto Sans CJK (Charts/Fonts/ChartCJKSubset-LICENSE.txt), embedded in this assembly and
/// handed to ScottPlot, so a chart never depends on the fonts a machine happens to have (SkiaSharp's NoDependencies build
/// has none) and the same input gives the same pixels everywhere. A label is drawn in one typeface (no fallback per
/// character): DejaVu Sans when it can draw the whole text, as every English chart always was; the CJK face, which also
/// holds Latin, when the text has Hangul, kana or kanji.
/// </summary>
internal static class ChartFonts
{
    public const string Family = "DejaVu Sans";
    public const string CjkFamily = "Chart CJK Subset";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> CjkRegularFace = new(() => Load("ChartCJKSubset-Regular.otf"));
    private static readonly Lazy<SKTypeface> CjkBoldFace = new(() => Load("ChartCJKSubset-Bold.otf"));
    private static readonly Lazy<bool> Registration = new(() =>
    {
        // ScottPlot asks its resolvers in order; ours answers only for our family names.
        Fonts.FontResolvers.Insert(0, new EmbeddedResolver());
        return true;
    });

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    public static SKTypeface CjkRegular => CjkRegularFace.Value;

    public static SKTypeface CjkBold => CjkBoldFace.Value;

    /// <summary>Registers the embedded fonts with ScottPlot (once per process; thread-safe).</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    /// <summary>The family that draws <paramref name="text"/> in a <paramref name="lang"/> chart: DejaVu Sans when it can, else the CJK face when it can, else DejaVu Sans.</summary>
    /// <remarks>English charts keep DejaVu Sans whatever their text holds, so they draw exactly as before the CJK face came.</remarks>
    public static string FamilyFor(string text, bool bold, Lang lang) =>
        lang != Lang.En && !ChartText.Drawable(text, bold ? Bold : Regular) && ChartText.Drawable(text, bold ? CjkBold : CjkRegular) ? CjkFamily : Family;

    public static SKTypeface Face(string family, bool bold) =>
        family == CjkFamily ? (bold ? CjkBold : CjkRegular) : (bold ? Bold : Regular);

    private static SKTypeface Load(string file)
    {
        var name = $"Bot.Infrastructure.Charts.Fonts.{file}";
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font {name} is missing from the build");
        // The typeface keeps its own copy of the bytes: text shaping (HarfBuzz) re-reads the font data after this stream is gone.
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"embedded font {name} could not be read");
    }

    private sealed class EmbeddedResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) || string.Equals(fontName, CjkFamily, StringComparison.OrdinalIgnoreCase)
                ? Face(string.Equals(fontName, CjkFamily, StringComparison.OrdinalIgnoreCase) ? CjkFamily : Family, bold)
                : null;
    }
}
