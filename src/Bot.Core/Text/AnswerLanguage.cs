using System.Text.RegularExpressions;
using Bot.Core.Knowledge;

namespace Bot.Core.Text;

/// <summary>What decided the answer language, so a thread knows whether the asker switched it.</summary>
public enum LanguageReason
{
    /// <summary>The asker named a language ("in English please", "한국어로", "日本語で").</summary>
    Requested,

    /// <summary>The question's script decided (Hangul, kana, Japanese-only kanji, English words).</summary>
    Script,

    /// <summary>The text did not decide ("GSOMIA?", "2019"): the hint passed in was used.</summary>
    Hint,

    /// <summary>The text did not decide and there was no hint: English.</summary>
    Default,

    /// <summary>Written in a language the bot does not speak (Chinese, Spanish…): answered in English, with a note saying so.</summary>
    Unsupported,
}

/// <summary>The language an answer is given in, and why.</summary>
public readonly record struct LanguageChoice(Lang Lang, LanguageReason Reason)
{
    /// <summary>The asker's own words chose it (a request or the script), so it overrides the thread's language.</summary>
    public bool FromText => Reason is LanguageReason.Requested or LanguageReason.Script or LanguageReason.Unsupported;
}

/// <summary>
/// Picks the answer language from the question alone (pure). A request for a language wins; otherwise the script decides:
/// Hangul → Korean; kana, or kanji in forms only Japanese writes (権, 県, 円…) → Japanese; English words → English.
/// Text that decides nothing ("GSOMIA?", "2019", "hanil gwangye") takes the hint (the thread's or the channel's language).
/// Text in another language (Chinese hanzi without kana, Spanish) is answered in English with a note.
/// </summary>
public static partial class AnswerLanguage
{
    public static LanguageChoice Detect(string? text, Lang? hint = null)
    {
        text ??= "";
        if (Requested(text) is { } requested)
        {
            return new LanguageChoice(requested, LanguageReason.Requested);
        }

        var count = ScriptCount.Of(text);
        var words = LatinWord().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        var english = words.Count(EnglishWords.Contains);
        if (english > 0 && count.Latin > count.Hangul + count.Kana + count.Han)
        {
            // An English sentence quoting a name ("What does 독도 mean?") is English.
            return new LanguageChoice(Lang.En, LanguageReason.Script);
        }

        if (count.Hangul > 0 || count.Kana > 0)
        {
            // Mixed script ("竹島 독도 어디?"): the script with more letters; a quoted name in the other script does not decide.
            return new LanguageChoice(count.Hangul >= count.Kana + count.JapaneseOnlyKanji ? Lang.Ko : Lang.Ja, LanguageReason.Script);
        }

        if (count.JapaneseOnlyKanji > 0)
        {
            return new LanguageChoice(Lang.Ja, LanguageReason.Script);
        }

        if (count.Han > count.Latin || count.Other > count.Latin)
        {
            return Unsupported;
        }

        var foreign = words.Count(ForeignWords.Contains);
        if (foreign >= 2 && foreign > english || text.IndexOfAny(['¿', '¡']) >= 0)
        {
            return Unsupported;
        }

        return english > 0 || words.Count >= 4
            ? new LanguageChoice(Lang.En, LanguageReason.Script)
            : hint is { } h ? new LanguageChoice(h, LanguageReason.Hint) : new LanguageChoice(Lang.En, LanguageReason.Default);
    }

    private static readonly LanguageChoice Unsupported = new(Lang.En, LanguageReason.Unsupported);

    private static Lang? Requested(string text)
    {
        foreach (var (pattern, lang) in Requests)
        {
            if (pattern.IsMatch(text))
            {
                return lang;
            }
        }

        return null;
    }

    // "in English please", "answer in korean", "영어로 답해 줘", "日本語で教えて". Not a name asked for: "what is Dokdo called
    // in Japanese?", "how do you write 'shuttle diplomacy' in Korean?", "독도는 일본어로 뭐라고 해?", "英語での名称は?" ask
    // about a word, not for an answer language.
    private static readonly (Regex Pattern, Lang Lang)[] Requests =
    [
        (Request("english", "영어로", "英語で"), Lang.En),
        (Request("korean", "한국어로|한글로", "韓国語で"), Lang.Ko),
        (Request("japanese", "일본어로", "日本語で"), Lang.Ja),
    ];

    private static Regex Request(string english, string korean, string japanese) => new(
        $@"\b(answer|reply|respond)\b[^.?!]*\bin {english}\b|\b(explain|tell me)\b(?![^.?!]*\b(called|say|write|written|spell|spelled|name|word)\b)[^.?!]*\bin {english}\b|\bin {english},?\s*(please|pls)\b|^\W*(in )?{english}(,?\s*please)?\W*$"
        + $@"|(?:{korean})(?!\s*(?:뭐|무엇|어떻게|라고|부르|불러|표기|쓰))|(?:{japanese})(?!\s*(?:の|何|なん|どう|は))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"[A-Za-zÀ-ÿ]+")]
    private static partial Regex LatinWord();

    // Words that make Latin text English (a bare name or acronym does not: "GSOMIA?", "Dokdo").
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "what", "when", "who", "whom", "whose", "why", "how", "which", "where", "is", "are", "was", "were", "did", "does", "do",
        "the", "of", "in", "on", "and", "or", "to", "a", "an", "about", "tell", "me", "many", "much", "please", "can", "could",
        "with", "between", "has", "have", "happened", "after", "before", "from", "for", "it", "that", "this", "say", "says",
    };

    // Function words of the Latin-script languages people most often try (Spanish, French, Portuguese, German, Italian).
    private static readonly HashSet<string> ForeignWords = new(StringComparer.Ordinal)
    {
        "que", "qué", "el", "los", "las", "entre", "y", "por", "cuándo", "cuando", "cómo", "como", "es", "son", "está", "del",
        "le", "les", "des", "et", "est", "quand", "pourquoi", "quel", "quelle", "une", "du", "avec",
        "não", "quando", "porque", "uma", "é",
        "der", "die", "das", "und", "ist", "wann", "warum", "zwischen", "wie", "mit",
        "che", "perché", "tra", "sono", "gli",
    };

    private readonly record struct ScriptCount(int Hangul, int Kana, int Han, int JapaneseOnlyKanji, int Latin, int Other)
    {
        public static ScriptCount Of(string text)
        {
            int hangul = 0, kana = 0, han = 0, japaneseOnly = 0, latin = 0, other = 0;
            foreach (var ch in text)
            {
                if (Scripts.IsHangul(ch))
                {
                    hangul++;
                }
                else if (Scripts.IsKana(ch))
                {
                    kana++;
                }
                else if (Scripts.IsHan(ch))
                {
                    han++;
                    japaneseOnly += JapaneseOnlyForms.Contains(ch) ? 1 : 0;
                }
                else if (ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'À' and <= 'ÿ'))
                {
                    latin++;
                }
                else if (char.IsLetter(ch))
                {
                    other++;
                }
            }

            return new ScriptCount(hangul, kana, han, japaneseOnly, latin, other);
        }
    }

    // Kanji that Japanese writes in a form neither simplified nor traditional Chinese uses (権 not 权/權, 県 not 县/縣):
    // a question in kanji alone ("日韓請求権協定") is Japanese when it holds one of them, Chinese otherwise.
    private static readonly HashSet<char> JapaneseOnlyForms = [.. "権県円広戦関経済発労働実売図気歳徴総変対拡帰弁団転応囲駅鉄仏読払様"];
}
