using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// "Park signed the GSOMIA deal, didn't she?", "the fund was 5 billion yen, right? just say yes": the answer the data
/// gives is compared with the claim's figures, years, places and people, and the reply starts "Yes: …" or "That's not
/// what my sources say: …", with the figure and its source. Pushing ("just say yes") changes nothing; a contested claim
/// gets both positions and no verdict.
/// </summary>
public static partial class ClaimCheck
{
    private enum Verdict
    {
        Unknown,
        Supported,
        Contradicted,
    }

    public static Answer Compose(QuestionPart part, Answer answer, KnowledgeBase kb)
    {
        if (answer.Outcome != Outcome.Answer || part.Claim is not { } claim)
        {
            return answer;
        }

        if (answer.Context?.FaqId is { } faqId && kb.Faq(faqId) is { Contested: true } faq && answer.Intent == IntentNames.Faq)
        {
            return answer with
            {
                Title = $"{faq.Title}: contested",
                Body = "This is contested, and I don't confirm either side's claim as fact: here is what each government says.\n\n" + answer.Body,
            };
        }

        var text = answer.Title + "\n" + answer.Body;
        var checks = new List<(Verdict Verdict, string Note)>
        {
            Quantities(claim, text),
            Years(claim, text),
            Places(claim.Statement, text),
            People(part, answer, kb),
        };
        var contradicted = checks.Where(c => c.Verdict == Verdict.Contradicted).Select(c => c.Note).ToList();
        var supported = checks.Where(c => c.Verdict == Verdict.Supported).Select(c => c.Note).ToList();
        if (contradicted.Count > 0)
        {
            return answer with
            {
                Title = "That's not what my sources say",
                Body = $"That's not what my sources say: {string.Join("; ", contradicted)}.\n\n**{answer.Title}**\n{answer.Body}",
            };
        }

        if (supported.Count > 0)
        {
            return answer with
            {
                Title = "Yes — that matches my sources",
                Body = $"Yes: {string.Join("; ", supported)}.\n\n**{answer.Title}**\n{answer.Body}",
            };
        }

        return answer with
        {
            Body = $"I can't confirm or rule out that claim from my sources. What they say:\n\n**{answer.Title}**\n{answer.Body}",
            Confidence = Math.Min(answer.Confidence, 0.6),
        };
    }

    private sealed record Quantity(decimal Value, string Unit, string Text);

    [GeneratedRegex(@"(?<cur>[$¥₩])?\s?(?<num>\d{1,3}(,\d{3})+|\d+(\.\d+)?)\s*(?<mag>trillion|tn|billion|bn|million|thousand|억|億|조|兆|만|万)?\s*(?<unit>%|percent|per cent|yen|won|dollars?|usd|people|persons|seats|votes|vote|원|엔|円|달러|ドル|명|人|석|議席|표|票|times|회|回)?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex QuantityPattern();

    private static List<Quantity> QuantitiesIn(string text)
    {
        var list = new List<Quantity>();
        foreach (Match m in QuantityPattern().Matches(text))
        {
            if (!decimal.TryParse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            var mag = m.Groups["mag"].Value.ToLowerInvariant();
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            var cur = m.Groups["cur"].Value;
            var isYear = n is >= 1800 and <= 2100 && !m.Groups["num"].Value.Contains('.', StringComparison.Ordinal) && mag.Length == 0 && unitWord.Length == 0 && cur.Length == 0;
            if (isYear)
            {
                continue;
            }

            var scale = mag switch
            {
                "trillion" or "tn" or "조" or "兆" => 1_000_000_000_000m,
                "billion" or "bn" => 1_000_000_000m,
                "억" or "億" => 100_000_000m,
                "million" => 1_000_000m,
                "만" or "万" => 10_000m,
                "thousand" => 1_000m,
                _ => 1m,
            };
            var unit = cur switch
            {
                "$" => "usd",
                "¥" => "yen",
                "₩" => "won",
                _ => unitWord switch
                {
                    "%" or "percent" or "per cent" => "%",
                    "yen" or "엔" or "円" => "yen",
                    "won" or "원" => "won",
                    "dollar" or "dollars" or "usd" or "달러" or "ドル" => "usd",
                    "" => "",
                    _ => "count",
                },
            };
            list.Add(new Quantity(n * scale, unit, m.Value.Trim()));
        }

        return list;
    }

    private static (Verdict, string) Quantities(Claim claim, string answer)
    {
        var claimed = QuantitiesIn(claim.Statement).Where(q => q.Value != 0).ToList();
        if (claimed.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        var given = QuantitiesIn(answer);
        foreach (var c in claimed)
        {
            var comparable = given.Where(g => c.Unit.Length == 0 || g.Unit.Length == 0 || g.Unit == c.Unit).ToList();
            if (comparable.Any(g => Close(g.Value, c.Value)))
            {
                return (Verdict.Supported, $"{c.Text} is the figure my sources give");
            }

            var sameUnit = given.Where(g => c.Unit.Length > 0 && g.Unit == c.Unit).ToList();
            if (sameUnit.Count > 0)
            {
                return (Verdict.Contradicted, $"they give {sameUnit[0].Text}, not {c.Text}");
            }
        }

        return (Verdict.Unknown, "");
    }

    private static bool Close(decimal a, decimal b) => a == b || (b != 0 && Math.Abs(a - b) / Math.Abs(b) < 0.015m);

    private static (Verdict, string) Years(Claim claim, string answer)
    {
        if (claim.Years.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        var answerYears = Regex.Matches(answer, @"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var year in claim.Years)
        {
            if (answerYears.Contains(year))
            {
                return (Verdict.Supported, $"{year} is right");
            }
        }

        return answerYears.Count > 0
            ? (Verdict.Contradicted, $"my sources date it to {answerYears.Min()}, not {claim.Years[0]}")
            : (Verdict.Unknown, "");
    }

    private static readonly string[] KnownPlaces =
    [
        "Seoul", "Tokyo", "Busan", "Nara", "Gyeongju", "Jeju", "Kyoto", "Kagoshima", "Bonn", "New Delhi", "Washington", "Camp David",
        "Kananaskis", "Matsue", "Osaka", "Beijing", "Shanghai", "Sado", "Hiroshima", "Nagoya", "Incheon", "Niigata",
    ];

    private static (Verdict, string) Places(string statement, string answer)
    {
        var claimed = KnownPlaces.Where(p => Contains(statement, p)).ToList();
        if (claimed.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        if (claimed.Any(p => Contains(answer, p)))
        {
            return (Verdict.Supported, $"it was {claimed.First(p => Contains(answer, p))}");
        }

        var actual = KnownPlaces.FirstOrDefault(p => Contains(answer, p));
        return actual is null ? (Verdict.Unknown, "") : (Verdict.Contradicted, $"my sources say {actual}, not {claimed[0]}");
    }

    private static bool Contains(string text, string word) =>
        Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase);

    /// <summary>A person named in the claim: named in the answer, or in office when the answer's event happened.</summary>
    private static (Verdict, string) People(QuestionPart part, Answer answer, KnowledgeBase kb)
    {
        var people = part.Targets.GlossaryIds.Select(id => kb.Glossary.FirstOrDefault(g => g.Id == id))
            .OfType<GlossaryTerm>().Where(g => g.Kind == "person").ToList();
        if (people.Count == 0)
        {
            return (Verdict.Unknown, "");
        }

        var text = TextNormalizer.Fold(answer.Title + " " + answer.Body);
        foreach (var person in people)
        {
            if (person.AllNames.Any(n => n.Length > 3 && text.Contains(TextNormalizer.Fold(n), StringComparison.Ordinal)))
            {
                return (Verdict.Supported, $"my sources name {person.English}");
            }

            if (answer.Context?.EventId is { } eventId && kb.Event(eventId) is { } e && person.Office is not null)
            {
                var day = e.Date.Start;
                if (person.InOfficeOn(day))
                {
                    return (Verdict.Supported, $"it happened on {e.Date.ToDisplay()}, while {person.English} was {person.Office}");
                }

                var holder = kb.Glossary.FirstOrDefault(g => g.Office == person.Office && g.InOfficeOn(day));
                if (holder is not null)
                {
                    return (Verdict.Contradicted, $"it happened on {e.Date.ToDisplay()}, when {holder.English}, not {person.English}, was {person.Office}");
                }
            }
        }

        return (Verdict.Unknown, "");
    }
}
