using System.Globalization;
using System.Text;

namespace Bot.Core.Conversations;

/// <summary>What a message nobody addressed to the bot explicitly (a reply in a thread it answered in) is.</summary>
public enum ChatterKind
{
    /// <summary>Worth routing: it may be a follow-up question.</summary>
    Question,

    /// <summary>"thanks!", "감사합니다": acknowledged with one 👍, not answered.</summary>
    Thanks,

    /// <summary>"lol", "ok", emoji only, nothing: left alone.</summary>
    Chatter,
}

/// <summary>
/// Tells small talk from follow-up questions in conversations the bot follows without being mentioned, so a thread's "thanks!" or
/// "lol" does not get an answer ("I'm not sure what you mean…") in reply. Deliberately narrow: only short messages made of these
/// words (and emoji or punctuation) are small talk; anything else goes to the router, which knows how to decline.
/// </summary>
public static class Chatter
{
    private static readonly HashSet<string> ThanksWords = new(StringComparer.Ordinal)
    {
        "thanks", "thank", "you", "thx", "ty", "tysm", "cheers", "much", "a", "lot", "so", "very", "appreciated", "great", "perfect",
        "감사합니다", "감사해요", "고마워", "고마워요", "고맙습니다", "ありがとう", "ありがとうございます", "どうも",
    };

    private static readonly HashSet<string> ThanksHeads = new(StringComparer.Ordinal)
    {
        "thanks", "thank", "thx", "ty", "tysm", "cheers", "appreciated", "감사합니다", "감사해요", "고마워", "고마워요", "고맙습니다", "ありがとう", "ありがとうございます",
    };

    private static readonly HashSet<string> SmallTalk = new(StringComparer.Ordinal)
    {
        "lol", "lmao", "haha", "hahaha", "hehe", "ok", "okay", "k", "kk", "cool", "nice", "wow", "great", "yes", "no", "yep", "nope",
        "yeah", "sure", "got", "it", "gotcha", "ah", "oh", "hmm", "right", "neat", "ㅋㅋ", "ㅋㅋㅋ", "ㅎㅎ", "네", "응", "草", "はい",
    };

    public static ChatterKind Classify(string? text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return ChatterKind.Chatter;
        }

        if (words.Count <= 6 && words.Any(ThanksHeads.Contains) && words.All(ThanksWords.Contains))
        {
            return ChatterKind.Thanks;
        }

        return words.Count <= 3 && words.All(SmallTalk.Contains) ? ChatterKind.Chatter : ChatterKind.Question;
    }

    /// <summary>Lower-case words of letters and digits; emoji, symbols and punctuation separate words and are dropped.</summary>
    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (rune.Value == '\'' && word.Length > 0)
            {
                // "thank's" typos and contractions stay one word.
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
