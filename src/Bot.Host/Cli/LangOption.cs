using System.CommandLine;
using Bot.Core.Knowledge;

namespace Bot.Host.Cli;

/// <summary><c>--lang ko|ja|en</c>: the answer language, whatever the question's script (shared by <c>ask</c> and <c>eval</c>); <c>digest preview</c> reads the same codes.</summary>
public static class LangOption
{
    public static Option<string?> Create() => new("--lang")
    {
        Description = "Answer in this language (en, ko or ja) instead of the question's own.",
    };

    /// <summary>The forced language (null when the option is absent); false for a code the bot does not speak.</summary>
    public static bool TryRead(string? value, out Lang? lang)
    {
        lang = null;
        if (value is null)
        {
            return true;
        }

        if (!Langs.TryParse(value, out var parsed))
        {
            return false;
        }

        lang = parsed;
        return true;
    }

    public const string Usage = "usage: --lang en|ko|ja";
}
