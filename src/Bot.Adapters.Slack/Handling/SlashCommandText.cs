using Bot.Adapters.Slack.Rendering;

namespace Bot.Adapters.Slack.Handling;

/// <summary>What a /jk invocation asks for.</summary>
public enum SlashRequestKind
{
    /// <summary>Empty text or "help": the usage message.</summary>
    Help,

    /// <summary>A question for the router (after ask/stats/timeline/faq/about, or any other text).</summary>
    Question,

    /// <summary>A known subcommand with nothing after it: a hint how to use it.</summary>
    Hint,

    /// <summary>A subcommand another feature provides ("digest …").</summary>
    Extension,
}

/// <summary>A parsed /jk text: the subcommand (lower case, or empty for a bare question) and the rest.</summary>
public sealed record SlashRequest(SlashRequestKind Kind, string Subcommand, string Text);

/// <summary>
/// Reads the text after /jk. Subcommands only steer; what follows is read like a typed question, so
/// "/jk stats imports 2011" asks "imports 2011" and "/jk faq dokdo" asks "dokdo". Unknown first words are part of
/// the question ("/jk when was the treaty signed").
/// </summary>
public static class SlashCommandText
{
    private static readonly HashSet<string> QuestionSubcommands = new(StringComparer.Ordinal) { "ask", "stats", "timeline", "faq" };

    public static SlashRequest Parse(string text, IReadOnlyCollection<string> extensions)
    {
        // Slack escapes &, < and > in command text as in messages.
        var trimmed = SlackText.Unescape(text).Trim();
        if (trimmed.Length == 0)
        {
            return new SlashRequest(SlashRequestKind.Help, "", "");
        }

        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var first = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return first switch
        {
            "help" or "?" => new SlashRequest(SlashRequestKind.Help, first, rest),
            // "about" is a question in its own right: the router's help intent says what the bot knows.
            "about" => new SlashRequest(SlashRequestKind.Question, first, rest.Length == 0 ? "about" : rest),
            _ when QuestionSubcommands.Contains(first) => new SlashRequest(rest.Length == 0 ? SlashRequestKind.Hint : SlashRequestKind.Question, first, rest),
            _ when extensions.Contains(first) || first == "digest" => new SlashRequest(SlashRequestKind.Extension, first, rest),
            _ => new SlashRequest(SlashRequestKind.Question, "", trimmed),
        };
    }
}
