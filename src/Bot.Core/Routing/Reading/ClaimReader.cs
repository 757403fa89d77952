using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Routing.Reading;

/// <summary>The statement a yes/no question checks, with the figures and years it states.</summary>
internal static partial class ClaimReader
{
    [GeneratedRegex(@"(?<![0-9.])(\d{1,3}(,\d{3})+|\d+(\.\d+)?)(?![0-9])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(just say (yes|no)|say yes|stop hedging|tell me straight|no caveats|yes or no|answer yes)\b|맞다고 해|그냥 맞다고|예 아니오|はいかいいえ|はいと言って")]
    private static partial Regex Pushy();

    /// <summary>
    /// A statement asked back with a question mark, stating a figure: "The Constitutional Court removed Yoon 9-0?",
    /// "exports to Japan dropped 10% in 2020?". No question word anywhere, a verb (was/were/is/are/had or a past tense),
    /// and a tally or a figure after it; "exports to Japan 2020?" (no verb) asks for the figure instead.
    /// </summary>
    [GeneratedRegex(@"^(?![^?]*\b(what|whats|when|who|whom|whose|how|which|where|why|tell|list|give|show|name|explain|compare|did|does|do|can|could|will|would|should)\b)\s*[a-z][^?]*\b(was|were|is|are|had|has|have|won|lost|fell|rose|got|took|paid|gave|grew|held|hit|sent|[a-z]{3,}ed)\b[^?]*(?<![\d.,])(\d{1,2}\s*(-|–|to)\s*\d{1,2}(?![\d%])|\d+(\.\d+)?\s*(%|percent|bn|billion|million|trillion|votes|seats|people))[^?]*\?\s*$")]
    public static partial Regex Declarative();

    public static Claim Read(string cleaned, string folded)
    {
        var numbers = new List<decimal>();
        var years = new List<int>();
        foreach (Match m in Number().Matches(folded))
        {
            var text = m.Value.Replace(",", "", StringComparison.Ordinal);
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            if (n is >= 1800 and <= 2100 && !text.Contains('.', StringComparison.Ordinal))
            {
                years.Add((int)n);
            }
            else
            {
                numbers.Add(n);
            }
        }

        return new Claim(cleaned, numbers, years, Pushy().IsMatch(folded));
    }
}
