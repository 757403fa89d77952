using System.Text.RegularExpressions;

namespace Bot.Infrastructure.Knowledge.Neutrality;

/// <summary>Sentences of the bot's own voice: quotations taken out, attribution recognised.</summary>
internal static partial class VoiceSentences
{
    // "…", “…”, ‘…’ and '…' used as quotation marks (not apostrophes: a quote opens after a space or bracket).
    [GeneratedRegex(@"""[^""]*""|“[^”]*”|‘[^’]*’|(?<![\p{L}\p{N}])'[^']+'(?![\p{L}\p{N}])|「[^」]*」|『[^』]*』")]
    private static partial Regex Quotation();

    // A sentence ends at . ! ? (or their CJK forms) followed by space, or at a line break.
    [GeneratedRegex(@"(?<=[.!?。！？])\s+|\n+")]
    private static partial Regex SentenceBreak();

    public static IEnumerable<string> Of(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>The sentence with every quotation removed: what is left is the bot speaking.</summary>
    public static string Unquoted(string sentence) => Quotation().Replace(sentence, " ");

    public static bool IsAttributed(string sentence) => NeutralityVocabulary.Attribution().IsMatch(Unquoted(sentence));
}
