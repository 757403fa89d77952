using System.Text.RegularExpressions;

namespace Bot.Core.Routing.Reading;

/// <summary>
/// Splits a message into its questions: at question marks followed by another question, and at "and" / "also" / 그리고 /
/// それと when a new question word follows ("when did Ishiba resign and who followed him?"). A comparison ("exports and
/// imports in 2019") stays one question. A message of fifty questions is answered for its first <see cref="MaxParts"/>.
/// </summary>
public static partial class QuestionSplitter
{
    public const int MaxParts = 4;

    // A new question starts at "and/also/plus/then/but" + a question word, or at a Korean or Japanese joiner before one.
    [GeneratedRegex(@"(,\s*|\s+)(and|also|plus|then|but|or)\s+(?=(when|what|who|whom|whose|why|how|where|which|did|does|do|was|were|is|are|has|have|had|can|could|in what|by how)\b)|\s*;\s+|((?<=(했|됐|였|었|았|이|하|되|있|없|났|갔|왔|졌|렸|봤|줬|냈|겼|웠))고|(?<=[가-힣])(며|는데)),?\s+(?=(언제|누구|누가|왜|어디|몇|얼마|무엇|뭐|어떤|어떻게|그|결과))|\s+그리고\s+|[,、]?\s*(それと|あと|また|それから|そして)[、,]\s*|(?<=(いつ|誰|だれ|どこ|いくら|何[^、,]{0,4}))(で|て|か)[、,]\s*", RegexOptions.ExplicitCapture)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^(just|stop|tell me|answer|yes|no|be honest|no caveats|one sentence|one word|give me|pls|please|thx|thanks|lol|ㅋ|ㅎ|笑|答えて|맞다고|확실하게|솔직히|right)", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    /// <summary>"…these days? genron npo poll", "…어떰? EAI 조사": a trailing source to answer from, not a question of its own.</summary>
    [GeneratedRegex(@"^((according to|per|in|from|by)\s+)?(the\s+)?[\p{L}\d\s.-]{0,30}\b(poll|polls|survey|surveys|data|figures|stats|statistics)\s*[.!]*$|^[\p{L}\d\s.-]{0,20}(조사|여론조사|통계|자료|기준)\s*[.!]*$|^[\p{L}\d\s.-]{0,20}(調査|世論調査|統計|データ)(で|では|によると)?\s*[.!。]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceTail();

    public static IReadOnlyList<string> Split(string text)
    {
        var parts = All(text);
        return parts.Count > MaxParts ? parts[..MaxParts] : parts;
    }

    /// <summary>How many questions the message holds, counting those past <see cref="MaxParts"/> that go unanswered.</summary>
    public static int Count(string text) => All(text).Count;

    private static List<string> All(string text)
    {
        var parts = new List<string>();
        foreach (var sentence in QuestionMarks(text))
        {
            parts.AddRange(Joiner().Split(sentence).Select(p => p.Trim()).Where(IsQuestionText));
        }

        return parts.Count <= 1 ? [text] : parts;
    }

    /// <summary>Sentences ending in a question mark (or the end of the text); a trailing "just say yes" stays attached.</summary>
    private static IEnumerable<string> QuestionMarks(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '?' or '？' && i + 1 < text.Length)
            {
                var rest = text[(i + 1)..].Trim();
                // "…, right? just say yes" is one claim; "…these days? genron poll" one question.
                if (rest.Length > 0 && !Tail().IsMatch(rest) && !SourceTail().IsMatch(rest))
                {
                    yield return text[start..(i + 1)];
                    start = i + 1;
                }
            }
        }

        yield return text[start..];
    }

    /// <summary>A piece long enough to be a question of its own.</summary>
    private static bool IsQuestionText(string piece) => piece.Count(char.IsLetterOrDigit) >= 3;
}
