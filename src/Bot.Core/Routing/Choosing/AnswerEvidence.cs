using System.Text.RegularExpressions;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Choosing;

/// <summary>Whether a piece of text can be the answer to a type of question: a figure for "how many", a date for "when".</summary>
public static partial class AnswerEvidence
{
    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b|\d+월|\d+月", RegexOptions.IgnoreCase)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\b[A-Z][a-zōū]+(-[a-z]+)? [A-Z][a-zōū]+|[가-힣]{2,4} (대통령|총리|장관)|[一-龯]{2,4}(首相|大統領|外相)")]
    private static partial Regex NameLike();

    [GeneratedRegex(@",.+,|;|\band\b.+,|,.+\band\b|、.+、")]
    private static partial Regex ListLike();

    [GeneratedRegex(@"\d[\d,.]*\s*(million|billion|trillion|bn|people|persons|votes|seats|members|plaintiffs|victims|workers|%|percent|won|yen|dollars)\b|\$\s?\d|\d\s*(억|만|億|万)")]
    private static partial Regex Amount();

    /// <summary>A figure with its unit (an amount, a count of people, votes or seats), not a date: what "how much" asks for.</summary>
    public static bool HasAmount(string text) => Amount().IsMatch(text);

    /// <summary>True when the text carries what the type asks for (any text answers an overview or a reason).</summary>
    public static bool Satisfies(AnswerType type, string text) => type switch
    {
        AnswerType.Number or AnswerType.Change or AnswerType.Extreme or AnswerType.Comparison => Digit().IsMatch(text),
        AnswerType.Date => DateLike().IsMatch(text),
        AnswerType.Person => NameLike().IsMatch(text),
        AnswerType.List => ListLike().IsMatch(text),
        AnswerType.Place => NameLike().IsMatch(text) || text.Contains(" in ", StringComparison.Ordinal),
        _ => true,
    };

    /// <summary>Types answered by one fact in one sentence: their coverage is measured on the sentence that carries it.</summary>
    public static bool IsDetail(AnswerType type) =>
        type is AnswerType.Number or AnswerType.Date or AnswerType.Person or AnswerType.Place;
}
