using System.Text.RegularExpressions;

namespace Bot.Core.Routing.Index;

/// <summary>
/// Near-twin events differ in who acted and which way: "Japan drops Korea from its white list" and "Korea puts Japan back
/// on its white list" share every content word. The question's first-named country and its direction words (removal
/// vs reinstatement) tell them apart.
/// </summary>
public static partial class EventDirection
{
    public enum Country
    {
        None,
        Japan,
        Korea,
    }

    public enum Way
    {
        None,
        Down,
        Up,
    }

    /// <summary>
    /// The acting country, when the text names both: the one whose list or rule it is ("Korea got back into Japan's Group
    /// A"), else the one named first ("Tokyo dropped Seoul"). "Korea and Japan normalised ties" has no actor. With one country
    /// named as the object ("when did it put Japan back?"), the other acted.
    /// </summary>
    public static Country Actor(string folded)
    {
        var japan = JapanWord().Match(folded);
        var korea = KoreaWord().Match(folded);
        if (japan.Success != korea.Success && ActedOn().Match(folded) is { Success: true } acted)
        {
            // "When did it put Japan back?": the one country named is acted on, so the other acted.
            return JapanWord().IsMatch(acted.Groups["object"].Value) ? Country.Korea : Country.Japan;
        }

        if (!japan.Success || !korea.Success || Together().IsMatch(folded))
        {
            return Country.None;
        }

        var (japanOwns, koreaOwns) = (JapanPossessive().IsMatch(folded), KoreaPossessive().IsMatch(folded));
        return japanOwns != koreaOwns ? (japanOwns ? Country.Japan : Country.Korea)
            : japan.Index < korea.Index ? Country.Japan : Country.Korea;
    }

    [GeneratedRegex(@"\b(put|puts|putting|take|takes|took|taking|drop|drops|dropped|remove|removes|removed|kick|kicks|kicked|restore|restores|restored|reinstate|reinstates|reinstated|readmit|readmitted|add|adds|added|exclude|excludes|excluded)\s+(?<object>japan|korea|tokyo|seoul)\b")]
    private static partial Regex ActedOn();

    [GeneratedRegex(@"\b(japan|korea|tokyo|seoul)(ese|n)?\s*(and|&|/|-|–|—)\s*(the )?(south )?(japan|korea|tokyo|seoul)|\bbetween\b|\bbilateral\b|\bboth\b|한일|日韓|韓日")]
    private static partial Regex Together();

    [GeneratedRegex(@"\b(japan's|tokyo's)\s+(own\s+)?(\w+\s+){0,2}(list|group|controls?|rules?|regime|whitelist)\b|일본의 (화이트리스트|그룹)")]
    private static partial Regex JapanPossessive();

    [GeneratedRegex(@"\b(korea's|seoul's)\s+(own\s+)?(\w+\s+){0,2}(list|group|controls?|rules?|regime|whitelist)\b|한국의 (화이트리스트|그룹)")]
    private static partial Regex KoreaPossessive();

    /// <summary>
    /// Tightening, removal, imposing (down) or lifting, restoring, putting back (up); neither when both appear. "Hit back" is
    /// a response, not a return.
    /// </summary>
    public static Way Direction(string folded)
    {
        // "lift the tightened controls": a participle naming the thing acted on is not the way it went, unless nothing
        // else says which way ("when did the tighter controls take effect?").
        var verbs = WayOf(Descriptive().Replace(folded, " "));
        return verbs != Way.None ? verbs : WayOf(folded);
    }

    private static Way WayOf(string folded)
    {
        var down = DownWord().IsMatch(folded);
        var up = UpWord().IsMatch(folded);
        return down == up ? Way.None : down ? Way.Down : Way.Up;
    }

    /// <summary>Score adjustment for an event given the question's reading: same way and actor up, the opposite down.</summary>
    public static double Bonus(Country questionActor, Way questionWay, Country eventActor, Way eventWay)
    {
        double bonus = 0;
        if (questionActor != Country.None && eventActor != Country.None)
        {
            bonus += questionActor == eventActor ? 1.5 : -1.5;
        }

        if (questionWay != Way.None && eventWay != Way.None)
        {
            bonus += questionWay == eventWay ? 1.5 : -1.5;
        }

        return bonus;
    }

    [GeneratedRegex(@"\b(the|its|those|these|their|japan's|tokyo's)\s+(tightened|tighter|stricter|extra|added|imposed)\b|강화된|強化された")]
    private static partial Regex Descriptive();

    [GeneratedRegex(@"\b(japan|japan's|japanese|tokyo)\b|일본|日本")]
    private static partial Regex JapanWord();

    [GeneratedRegex(@"\b(korea|korea's|korean|seoul)\b|한국|韓国")]
    private static partial Regex KoreaWord();

    [GeneratedRegex(@"\b(tighten(s|ed|ing)?|tighter|stricter|remov(e|es|ed|al|ing)|drop(s|ped|ping)?|impos(e|es|ed|ing)|exclud(e|es|ed|ing)|downgrad(e|es|ed|ing)|(take|takes|took|taken|taking|strike|struck|kick|kicked)\s+(\w+\s+){0,2}(off|out))\b|제외|강화|除外|強化")]
    private static partial Regex DownWord();

    [GeneratedRegex(@"\b(reinstat(e|es|ed|ement|ing)|restor(e|es|ed|ing|ation)|(?<!\b(hit|hits|hitting|strike|strikes|struck|fight|fights|fought|push|pushed|pushes) )back|lift(s|ed|ing)?|eas(e|es|ed|ing)|return(s|ed)?|re-?add(s|ed)?|readmit(s|ted)?|scrap(s|ped)?|undo|undid|revers(e|es|ed|al))\b|복귀|해제|풀었|풀린|풀렸|풀려|완화|재지정|돌아왔|돌아간|復帰|解除|緩和|再指定|戻っ|戻し|戻る|戻さ|戻れ")]
    private static partial Regex UpWord();
}
