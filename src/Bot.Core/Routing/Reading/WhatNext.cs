using System.Text.RegularExpressions;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Reading;

/// <summary>
/// "What happened next?", "did it actually end?", "그래서 진짜로 종료된 거야?", "그거 언제 풀렸어?", "その後どうなった？": in a thread about an
/// event, the story goes on — the next event of the same topic answers, not the thread's event again.
/// </summary>
public static partial class WhatNext
{
    [GeneratedRegex(@"\b(what happened (next|after that|afterwards|then)|and then what|then what happened|what came (next|after that)|did (it|that|they) (actually |really |ever |finally )?(end|stop)|was (it|that) (ever |actually |really |finally )?(lifted|reversed|ended|cancell?ed|scrapped|withdrawn|restored|resolved|carried out))\b|그 (다음|후|뒤)(에|엔|에는)? (어떻게|무슨 일)|이후(에|엔)? 어떻게 됐|(진짜|정말)(로)? (끝난|종료된|끝났|종료됐|철회|파기된)|결국 (어떻게 됐|끝났|종료됐)|(언제|결국|다시) ?(풀렸|풀린|풀려|해제됐|해제된|해제되|철회됐|철회된|끝났|끝난|종료됐|종료된)|その後(どうなった|どうなりましたか|は[?？])|結局どうなった|いつ(解除|撤回|終了)(された|されました|した)|(解除|撤回|終了)(された|されました)のはいつ|本当に(終わった|終了した|破棄された)")]
    private static partial Regex Cue();

    public static bool Asked(string folded) => Cue().IsMatch(folded);

    [GeneratedRegex(@"\b(end|ended|stop|stopped|lifted|reversed|cancell?ed|scrapped|withdrawn|restored|resolved)\b|끝난|종료|끝났|철회|파기|풀렸|풀린|풀려|해제|終わった|終了|破棄|解除|撤回")]
    private static partial Regex AsksEnd();

    [GeneratedRegex(@"\b(lifts?|lifted|restores?|restored|ends|ended|reverses|reversed|withdraws|withdrawn|scraps|scrapped|suspends|suspended|normali[sz]e[sd]?|normali[sz]ation|returns)\b")]
    private static partial Regex EndingTitle();

    /// <summary>
    /// The first event after this one (after its whole month, for a date known only to the month) of its main topic (its
    /// first related FAQ, or for an event with none, the events that mention it); for "was it ever lifted?", the first such
    /// event whose title says it ended or was reversed.
    /// </summary>
    public static TimelineEvent? After(TimelineEvent current, KnowledgeBase kb, string folded)
    {
        var topic = current.RelatedFaq.FirstOrDefault();
        var rare = topic is null ? RareTitleWords(current, kb) : [];
        var later = kb.Timeline.Where(e => e.Date.Start > current.Date.End && (topic is not null ? e.RelatedFaq.Contains(topic) : Mentions(e, rare)))
            .OrderBy(e => e.Date.Start).ToList();
        if (later.Count == 0)
        {
            return null;
        }

        return (AsksEnd().IsMatch(folded) ? later.FirstOrDefault(e => EndingTitle().IsMatch(Text.TextNormalizer.Fold(e.Title))) : null)
            ?? later.FirstOrDefault();
    }

    /// <summary>
    /// An event with no topic of its own ("the radar lock-on dispute") goes on in the later events that mention it: by a word
    /// of its title that few events use ("radar").
    /// </summary>
    private static List<string> RareTitleWords(TimelineEvent story, KnowledgeBase kb)
    {
        var texts = kb.Timeline.Select(e => Text.TextNormalizer.Fold(e.Title + " " + e.Summary)).ToList();
        return [.. Text.Tokenizer.Words(Text.TextNormalizer.Fold(story.Title))
            .Where(w => w.Length >= 4 && !Text.CommonWords.Stop.Contains(w))
            .Where(w => texts.Count(t => t.Contains(w, StringComparison.Ordinal)) <= 3)];
    }

    private static bool Mentions(TimelineEvent later, List<string> words)
    {
        var text = Text.TextNormalizer.Fold(later.Title + " " + later.Summary + " " + string.Join(' ', later.Aliases));
        return words.Any(w => text.Contains(w, StringComparison.Ordinal));
    }
}
