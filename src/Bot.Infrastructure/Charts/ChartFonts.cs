using ScottPlot;
using SkiaSharp;

namespace Bot.Infrastructure.Charts;

/// <summary>
/// DejaVu Sans, embedded in this assembly and handed to ScottPlot, so a chart never depends on the fonts a machine
/// happens to have (SkiaSharp's NoDependencies build has none) and the same input gives the same pixels everywhere.
/// </summary>
internal static class ChartFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<bool> Registration = new(() =>
    {
        // ScottPlot asks its resolvers in order; ours answers only for our family name.
        Fonts.FontResolvers.Insert(0, new EmbeddedResolver());
        return true;
    });

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>Registers the embedded fonts with ScottPlot (once per process; thread-safe).</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static SKTypeface Load(string file)
    {
        var name = $"Bot.Infrastructure.Charts.Fonts.{file}";
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font {name} is missing from the build");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"embedded font {name} could not be read");
    }

    private sealed class EmbeddedResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? (bold ? Bold : Regular) : null;
    }
}
