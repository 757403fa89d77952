using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// The number/date cross-check: every figure of a translated text must be in its English text and the other way round,
/// compared as values ("$68.3 bn" = 683억 달러 = 683億ドル; "22 June 1965" = 1965년 6월 22일). A translation can't drift
/// from a figure: 682억 for 68.3, or 6월 23일 for 22 June, is always a difference.
/// </summary>
internal static class FigureCheck
{
    // A bare number is in the unit its context gives: a series note writes "68.2" (US$ bn) where a translation writes 682억.
    private static readonly decimal[] UnitScales = [1e3m, 1e6m, 1e9m, 1e12m];

    /// <summary>The figures of each side that the other side lacks.</summary>
    public static (IReadOnlyList<FoundFigure> Missing, IReadOnlyList<FoundFigure> Added) Compare(
        string english, string translation, Lang lang, IReadOnlySet<decimal> allowed)
    {
        var en = EnglishFigures.Read(english);
        var tr = CjkFigures.Read(translation, lang);
        var translated = tr.Required.Select(f => f.Figure).ToHashSet();
        var stated = en.All.Select(f => f.Figure).ToHashSet();

        var missing = en.Required
            .Where(f => !translated.Contains(f.Figure) && !Scaled(f, tr.Required) && !Allowed(f, allowed))
            .DistinctBy(f => f.Figure).ToList();
        var added = tr.Required
            .Where(f => !stated.Contains(f.Figure) && !Scaled(f, en.All) && !Allowed(f, allowed))
            .DistinctBy(f => f.Figure).ToList();
        return (missing, added);
    }

    private static bool Allowed(FoundFigure f, IReadOnlySet<decimal> allowed) =>
        f.Figure.Kind == FigureKind.Number && allowed.Contains(f.Figure.Value);

    /// <summary>
    /// True when <paramref name="figure"/> equals one of <paramref name="others"/> up to a unit (10³, 10⁶, 10⁹, 10¹²) and one
    /// of the two was written bare. Digits must still agree: 68.2 never matches 683억.
    /// </summary>
    private static bool Scaled(FoundFigure figure, IEnumerable<FoundFigure> others) =>
        figure.Figure.Kind == FigureKind.Number
        && others.Any(o => o.Figure.Kind == FigureKind.Number && (figure.Bare || o.Bare)
                           && UnitScales.Any(s => Times(figure.Figure.Value, s) == o.Figure.Value || Times(o.Figure.Value, s) == figure.Figure.Value));

    // A 30-digit "number" in a text must not overflow the comparison.
    private static decimal? Times(decimal value, decimal scale) => value < decimal.MaxValue / scale ? value * scale : null;
}
