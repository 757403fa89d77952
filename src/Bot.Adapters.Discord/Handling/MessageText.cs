using System.Text.RegularExpressions;

namespace Bot.Adapters.Discord.Handling;

/// <summary>A Discord message's text as a question: whether it addresses the bot, and the text without the bot's mention.</summary>
public static partial class MessageText
{
    /// <summary>True when <c>&lt;@id&gt;</c> (or <c>&lt;@!id&gt;</c>) stands outside code: a mention inside a code block is quoted, not meant.</summary>
    public static bool Mentions(string content, string userId) =>
        Mention().Matches(WithoutCode(content)).Any(m => m.Groups["id"].Value == userId);

    /// <summary>Any user mention outside code: a message addressed to people.</summary>
    public static bool MentionsAnyone(string content) => Mention().IsMatch(WithoutCode(content));

    /// <summary>The question: the bot's own mentions removed, white space collapsed.</summary>
    public static string Clean(string content, string? botUserId)
    {
        var text = botUserId is null ? content : Mention().Replace(content, m => m.Groups["id"].Value == botUserId ? " " : m.Value);
        return Spaces().Replace(text, " ").Trim();
    }

    private static string WithoutCode(string content) => InlineCode().Replace(CodeBlock().Replace(content, " "), " ");

    [GeneratedRegex(@"<@!?(?<id>\d{1,32})>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`[^`]*`", RegexOptions.CultureInvariant)]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
