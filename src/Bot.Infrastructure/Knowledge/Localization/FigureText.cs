using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// A text being read for figures. Parts already read (a date, an idiom) are masked so the number reader does not read
/// them again; positions never move, so snippets are always the original words.
/// </summary>
internal sealed partial class FigureText
{
    /// <summary>A number as written: "9,459,600", "68.3", "1965".</summary>
    public const string NumberPattern = @"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?";

    private readonly char[] _masked;
    private readonly Dictionary<int, decimal> _overrides = [];

    public FigureText(string text)
    {
        // Full-width digits (１９６５) are the same digits.
        Original = new string([.. text.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c)]);
        _masked = Original.ToCharArray();
        ExpandShortYearRanges();
    }

    public string Original { get; }

    /// <summary>The text with the parts already read blanked out.</summary>
    public string Current => new(_masked);

    public List<FoundFigure> Required { get; } = [];

    public List<FoundFigure> Optional { get; } = [];

    public FigureSet ToSet() => new(Required, Optional);

    public void Mask(int start, int length) => Array.Fill(_masked, '\uFFFC', start, length);

    public void Mask(Group group) => Mask(group.Index, group.Length);

    public string Snippet(Match match) => Original.Substring(match.Index, match.Length).Trim();

    /// <summary>The value of a number written at <paramref name="index"/>: "1910–45" reads its 45 as 1945.</summary>
    public decimal? ValueAt(int index, string written) =>
        _overrides.TryGetValue(index, out var value) ? value : Parse(written);

    /// <summary>The number's value; null for a string of digits too long to be a figure.</summary>
    public static decimal? Parse(string written) =>
        decimal.TryParse(written.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value : null;

    /// <summary>The sum of two non-negative figures, or null when it would overflow.</summary>
    public static decimal? Plus(decimal? a, decimal? b) =>
        a is { } x && b is { } y && x <= decimal.MaxValue - y ? x + y : null;

    /// <summary>The product, or null when it would overflow (a hostile file must not crash the loader).</summary>
    public static decimal? Times(decimal? value, decimal scale) =>
        value is { } v && Math.Abs(v) < decimal.MaxValue / Math.Max(1, scale) ? v * scale : null;

    /// <summary>A whole number from 1000 to 2100, which is read as a year, never as part of an amount.</summary>
    public static bool IsYear(decimal? value) => value is { } v && v == decimal.Truncate(v) && v is >= 1000 and <= 2100;

    // "1910–45", "1954~56년", "1954～56年": the short end is a year of the same century, whichever way a text writes it.
    [GeneratedRegex(@"(?<![0-9])(?<century>1[89]|20)[0-9]{2}\s*[–\-~～〜]\s*(?<short>[0-9]{2})(?![0-9]|[.,][0-9])")]
    private static partial Regex ShortYearRange();

    private void ExpandShortYearRanges()
    {
        foreach (Match m in ShortYearRange().Matches(Original))
        {
            var yearStart = m.Index;
            var start = int.Parse(Original.AsSpan(yearStart, 4), CultureInfo.InvariantCulture);
            var end = (int.Parse(m.Groups["century"].ValueSpan, CultureInfo.InvariantCulture) * 100)
                      + int.Parse(m.Groups["short"].ValueSpan, CultureInfo.InvariantCulture);
            if (end > start)
            {
                _overrides[m.Groups["short"].Index] = end;
            }
        }
    }
}
