using System.Globalization;
using System.Text;

namespace Bot.Core.Knowledge;

/// <summary>
/// Writes an amount the way Korean and Japanese count it, in groups of four digits named 만/万 (10⁴), 억/億 (10⁸) and
/// 조/兆 (10¹²): 68.3 billion → 683억 / 683億; 9,459,600 → 945만 9600 / 945万9600; 5.2688 trillion → 5조 2688억 / 5兆2688億.
/// One rule everywhere: the exact figure, rounded to a whole unit; a zero group is left out; digits inside a group take no
/// separator (as the knowledge translations write them, <c>945만 9600</c>); Korean puts a space between groups, Japanese none.
/// </summary>
public static class MyriadNumber
{
    private static readonly (decimal Size, char Ko, char Ja)[] Groups =
    [
        (1_0000_0000_0000m, '조', '兆'),
        (1_0000_0000m, '억', '億'),
        (1_0000m, '만', '万'),
    ];

    /// <summary>A non-negative amount in Korean or Japanese grouping ("945만 9600", "945万9600"; "0" for zero).</summary>
    public static string Write(decimal amount, Lang lang)
    {
        var rest = decimal.Round(Math.Abs(amount), MidpointRounding.AwayFromZero);
        if (rest < 1_0000m)
        {
            return rest.ToString("0", CultureInfo.InvariantCulture);
        }

        var parts = new List<string>();
        foreach (var (size, ko, ja) in Groups)
        {
            var group = decimal.Floor(rest / size);
            rest -= group * size;
            if (group > 0)
            {
                parts.Add(group.ToString("0", CultureInfo.InvariantCulture) + (lang == Lang.Ja ? ja : ko));
            }
        }

        if (rest > 0)
        {
            parts.Add(rest.ToString("0", CultureInfo.InvariantCulture));
        }

        return string.Join(lang == Lang.Ja ? "" : " ", parts);
    }
}
