using System.Text;

namespace Bot.Core.Feedback;

/// <summary>Why a 👎: the fixed reason keys the platforms offer, and the cleaning every free text gets before it is stored.</summary>
public static class FeedbackReasons
{
    public const string Wrong = "wrong";
    public const string Outdated = "outdated";
    public const string NotNeutral = "not-neutral";
    public const string DidntAnswer = "didnt-answer";
    public const string Other = "other";

    /// <summary>The longest free text kept; longer text is cut here.</summary>
    public const int MaxTextLength = 300;

    /// <summary>Every reason key, in the order a picker shows them.</summary>
    public static readonly IReadOnlyList<string> All = [Wrong, Outdated, NotNeutral, DidntAnswer, Other];

    /// <summary>True for one of <see cref="All"/> (exact, lower case: a forged value is not guessed at).</summary>
    public static bool IsKnown(string? reason) => reason is not null && All.Contains(reason, StringComparer.Ordinal);

    /// <summary>
    /// The free text as stored: control characters (newlines included) become spaces, runs of white space one space, trimmed,
    /// cut to <see cref="MaxTextLength"/> characters without splitting a surrogate pair; null when nothing is left.
    /// </summary>
    public static string? CleanText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxTextLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u200B' or '\u2028' or '\u2029' or '\uFEFF')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length > MaxTextLength)
            {
                break;
            }
        }

        if (builder.Length > MaxTextLength)
        {
            var cut = char.IsHighSurrogate(builder[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength;
            builder.Length = cut;
        }

        var cleaned = builder.ToString().TrimEnd();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
