using System.Text.RegularExpressions;

namespace Bot.Core.Text;

/// <summary>
/// Phrases that mean the same step of an event, reduced to one token on both sides of a match, so near-twin events stay
/// apart: "entered into force", "took effect", 발효 and 発効 are all <c>inforce</c>; "lifted", "scrapped", 해제, 풀렸 and 解除 all
/// <c>lifted</c>; "tightened", "imposed", "restricted" all <c>tightened</c>. A question and an entry read through the same list.
/// </summary>
public static partial class Phrases
{
    [GeneratedRegex(@"\b(enter(s|ed|ing)? into force|entry into force|c(a|o)me into force|in force|tak(e|es|ing) effect|took effect|with effect from|effective|ratification(s)? (were |was )?exchanged)\b|발효|효력|発効|施行")]
    private static partial Regex InForce();

    [GeneratedRegex(@"\b(lift(s|ed|ing)?|scrap(s|ped|ping)?|withdr(ew|aw|awn|awing|awal)|revers(e|ed|al|ing)|reinstat(e|ed|ement|ing)|restor(e|ed|ing|ation)|eas(e|ed|ing))\b|해제|철회|복귀|원상|풀렸|풀린|풀리|풀려|解除|撤回|復帰|緩和")]
    private static partial Regex Lifted();

    [GeneratedRegex(@"\b(tighten(s|ed|ing)?|tighter|impos(e|ed|es|ing)|restrict(s|ed|ing|ion|ions)?|curb(s|ed)?)\b|규제|강화|厳格化|規制|強化")]
    private static partial Regex Tightened();

    [GeneratedRegex(@"\b(sign(s|ed|ing)?|conclud(e|ed|es|ing))\b|서명|체결|署名|締結|調印")]
    private static partial Regex Signed();

    /// <summary>The canonical tokens a folded text contains (each once).</summary>
    public static IEnumerable<string> Of(string folded)
    {
        if (InForce().IsMatch(folded))
        {
            yield return "inforce";
        }

        if (Lifted().IsMatch(folded))
        {
            yield return "lifted";
        }

        if (Tightened().IsMatch(folded))
        {
            yield return "tightened";
        }

        if (Signed().IsMatch(folded))
        {
            yield return "signed";
        }
    }
}
