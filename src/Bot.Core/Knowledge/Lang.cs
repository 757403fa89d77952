namespace Bot.Core.Knowledge;

/// <summary>
/// A language the bot answers in. English is the base language of the knowledge files: every text exists in it, and
/// Korean and Japanese are translations of it (knowledge/ko, knowledge/ja).
/// </summary>
public enum Lang
{
    En,
    Ko,
    Ja,
}

public static class Langs
{
    /// <summary>Every language, English first.</summary>
    public static IReadOnlyList<Lang> All { get; } = [Lang.En, Lang.Ko, Lang.Ja];

    /// <summary>The languages English is translated into, in the order reports list them.</summary>
    public static IReadOnlyList<Lang> Translated { get; } = [Lang.Ko, Lang.Ja];

    /// <summary>The ISO 639-1 code: "en", "ko", "ja" (also the knowledge folder of a translation).</summary>
    public static string Code(this Lang lang) => lang switch
    {
        Lang.Ko => "ko",
        Lang.Ja => "ja",
        _ => "en",
    };

    /// <summary>The language of a platform locale or setting ("ko", "ja", "en-US", "en-GB"); null for any other.</summary>
    public static Lang? FromLocale(string? locale)
    {
        var code = locale?.Split('-', '_')[0];
        return TryParse(code, out var lang) ? lang : null;
    }

    /// <summary>Reads "en", "ko" or "ja" (any case); false for anything else.</summary>
    public static bool TryParse(string? code, out Lang lang)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(code?.Trim(), candidate.Code(), StringComparison.OrdinalIgnoreCase))
            {
                lang = candidate;
                return true;
            }
        }

        lang = Lang.En;
        return false;
    }
}
