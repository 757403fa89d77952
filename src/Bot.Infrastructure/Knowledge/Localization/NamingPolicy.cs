using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// The naming policy of knowledge/README.md, as a table: in the bot's own voice the reader's name comes first and the other
/// government's name follows it — 독도(일본명 다케시마), 竹島（韓国名：独島）. So the other side's name stands only:
/// <list type="bullet">
/// <item>next to the reader's name (within <see cref="Nearby"/> characters): 동해(일본명 일본해);</item>
/// <item>in a sentence that attributes it to the government that uses it: "일본 정부는 … 다케시마를 …";</item>
/// <item>in quotation marks, as someone's words: ‘일본해’, 「朝鮮東海」;</item>
/// <item>inside a listed proper name: ‘다케시마의 날’.</item>
/// </list>
/// </summary>
internal static class NamingPolicy
{
    public const int Nearby = 40;

    /// <summary>One name that is one side's term.</summary>
    /// <param name="Term">The name as written.</param>
    /// <param name="ReaderName">The reader's own name for the same thing, which it may follow.</param>
    /// <param name="Government">Whose term it is ("Tokyo", "Seoul"), for messages.</param>
    /// <param name="UsedBy">That government's country as written in the text: a sentence naming it attributes the term.</param>
    /// <param name="ProperNames">Names that contain the term and are fine as they are.</param>
    internal sealed record Rule(Lang Lang, string Term, string ReaderName, string Government, string UsedBy, string[] ProperNames);

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new(Lang.Ko, "다케시마", "독도", "Tokyo", "일본", ["다케시마의 날"]),
        new(Lang.Ko, "일본해", "동해", "Tokyo", "일본", []),
        new(Lang.Ko, "오염수", "처리수", "Seoul", "한국", []),
        new(Lang.Ko, "처리수", "오염수", "Tokyo", "일본", []),
        new(Lang.Ja, "独島", "竹島", "Seoul", "韓国", []),
        new(Lang.Ja, "東海", "日本海", "Seoul", "韓国", ["東海道", "東海地方", "東海村"]),
        new(Lang.Ja, "汚染水", "処理水", "Seoul", "韓国", []),
        new(Lang.Ja, "処理水", "汚染水", "Tokyo", "日本", []),
    ];

    private static readonly (char Open, char Close)[] Quotes = [('‘', '’'), ('“', '”'), ('「', '」'), ('『', '』')];

    public static void Check(TranslatedField field)
    {
        var text = field.Text;
        foreach (var rule in Rules.Where(r => r.Lang == field.Lang))
        {
            for (var at = text.IndexOf(rule.Term, StringComparison.Ordinal); at >= 0;
                 at = text.IndexOf(rule.Term, at + rule.Term.Length, StringComparison.Ordinal))
            {
                if (!Allowed(text, at, rule))
                {
                    field.Report(
                        $"'{rule.Term}' is {rule.Government}'s term: in our own voice the reader's name comes first ('{rule.ReaderName}', "
                        + $"with '{rule.Term}' after it), or the term is quoted or attributed to {rule.Government} (naming policy, knowledge/README.md)",
                        rule.Term);
                }
            }
        }
    }

    private static bool Allowed(string text, int at, Rule rule)
    {
        var end = at + rule.Term.Length;
        var window = text[Math.Max(0, at - Nearby)..Math.Min(text.Length, end + Nearby)];
        if (window.Contains(rule.ReaderName, StringComparison.Ordinal))
        {
            return true;
        }

        if (rule.ProperNames.Any(name => Covers(text, at, rule.Term, name)))
        {
            return true;
        }

        if (InQuotes(text, at))
        {
            return true;
        }

        // The term itself ("일본해" holds "일본") does not attribute it.
        var (start, stop) = Sentence(text, at);
        return text[start..stop].Replace(rule.Term, "", StringComparison.Ordinal).Contains(rule.UsedBy, StringComparison.Ordinal);
    }

    private static bool Covers(string text, int at, string term, string name)
    {
        var offset = name.IndexOf(term, StringComparison.Ordinal);
        return offset >= 0 && at - offset >= 0 && at - offset + name.Length <= text.Length
               && string.CompareOrdinal(text, at - offset, name, 0, name.Length) == 0;
    }

    private static bool InQuotes(string text, int at)
    {
        var (start, _) = Sentence(text, at);
        var before = text[start..at];
        if (Quotes.Any(q => before.LastIndexOf(q.Open) > before.LastIndexOf(q.Close)))
        {
            return true;
        }

        // Straight quotes open and close with the same mark: an odd count before the term means it is inside.
        return before.Count(c => c == '\'') % 2 == 1 || before.Count(c => c == '"') % 2 == 1;
    }

    /// <summary>The sentence around <paramref name="at"/>: between 。, a line break, or . ! ? followed by a space.</summary>
    private static (int Start, int End) Sentence(string text, int at)
    {
        static bool EndsSentence(string t, int i) =>
            t[i] is '。' or '\n' || (t[i] is '.' or '!' or '?' && (i + 1 == t.Length || char.IsWhiteSpace(t[i + 1])));

        var start = at;
        while (start > 0 && !EndsSentence(text, start - 1))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && !EndsSentence(text, end))
        {
            end++;
        }

        return (start, end);
    }
}
