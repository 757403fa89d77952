using Bot.Core.Knowledge;

namespace Bot.Adapters.Discord.Rendering;

/// <summary>
/// The <c>custom_id</c>s of our buttons: <c>fb:up:{answer}</c>, <c>fb:down:{answer}</c>, <c>src:{answer}</c>. The answer id is the
/// interaction id of the command that produced the answer, so a click needs no server-side state to know what it is about.
/// </summary>
public static class ComponentIds
{
    private const string Up = "fb:up:";
    private const string Down = "fb:down:";
    private const string SourcesPrefix = "src:";
    private const string ThreadPrefix = "thread:";
    private const string WhyPrefix = "fb:why:";
    private const string WhyTextPrefix = "fb:whytext:";

    /// <summary>The custom_id of the text input in the "other" modal.</summary>
    public const string WhyTextInput = "text";

    public static string Vote(string answerId, bool helpful) => (helpful ? Up : Down) + answerId;

    public static string Sources(string answerId) => SourcesPrefix + answerId;

    /// <summary>"Continue in a thread" under an answer in a guild channel.</summary>
    public static string Thread(string answerId) => ThreadPrefix + answerId;

    public static bool TryParseThread(string? customId, out string answerId)
    {
        answerId = customId is not null && customId.StartsWith(ThreadPrefix, StringComparison.Ordinal) ? customId[ThreadPrefix.Length..] : "";
        return IsId(answerId);
    }

    public static bool TryParseVote(string? customId, out string answerId, out bool helpful)
    {
        helpful = customId?.StartsWith(Up, StringComparison.Ordinal) == true;
        var prefix = helpful ? Up : Down;
        answerId = customId is not null && customId.StartsWith(prefix, StringComparison.Ordinal) ? customId[prefix.Length..] : "";
        return IsId(answerId);
    }

    public static bool TryParseSources(string? customId, out string answerId)
    {
        answerId = customId is not null && customId.StartsWith(SourcesPrefix, StringComparison.Ordinal) ? customId[SourcesPrefix.Length..] : "";
        return IsId(answerId);
    }

    /// <summary>The "why?" select after a 👎: <c>fb:why:{lang}:{answer}</c> (the language travels with it: the answer may be forgotten).</summary>
    public static string Why(string answerId, Lang lang) => $"{WhyPrefix}{lang.Code()}:{answerId}";

    /// <summary>The "other" modal: <c>fb:whytext:{lang}:{answer}</c>.</summary>
    public static string WhyText(string answerId, Lang lang) => $"{WhyTextPrefix}{lang.Code()}:{answerId}";

    /// <summary>True for anything starting <c>fb:why:</c>: the select, whether or not the rest parses.</summary>
    public static bool IsWhy(string? customId) => customId?.StartsWith(WhyPrefix, StringComparison.Ordinal) == true;

    public static bool IsWhyText(string? customId) => customId?.StartsWith(WhyTextPrefix, StringComparison.Ordinal) == true;

    public static bool TryParseWhy(string? customId, out string answerId, out Lang lang) => TryParseLangged(customId, WhyPrefix, out answerId, out lang);

    public static bool TryParseWhyText(string? customId, out string answerId, out Lang lang) => TryParseLangged(customId, WhyTextPrefix, out answerId, out lang);

    private static bool TryParseLangged(string? customId, string prefix, out string answerId, out Lang lang)
    {
        answerId = "";
        lang = Lang.En;
        if (customId is null || !customId.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = customId.AsSpan(prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon < 0 || !Langs.TryParse(rest[..colon].ToString(), out lang))
        {
            return false;
        }

        answerId = rest[(colon + 1)..].ToString();
        return IsId(answerId);
    }

    // Snowflakes are digits; anything else in a custom_id was not written by us.
    private static bool IsId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiDigit);
}
