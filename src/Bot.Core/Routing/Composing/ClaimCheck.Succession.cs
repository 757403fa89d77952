using System.Text.RegularExpressions;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// "Moon Jae-in was Lee Jae-myung's predecessor, right?", "Kishida was succeeded by Takaichi?": who followed whom in an
/// office is checked against the glossary's terms of office. A name that appears in the answer confirms nothing here.
/// </summary>
public static partial class ClaimCheck
{
    /// <summary>
    /// The order a claim states, by the cue between or after the two names. Possessive forms name the later holder
    /// ("Lee's predecessor", "이재명의 전임", "李在明の前任") or the earlier ("Moon's successor", "문재인의 후임", "文在寅の後任");
    /// a passive verb puts the earlier first ("succeeded by", "handed power to"), an active one the later ("succeeded",
    /// "took over from"). Active "followed" is left out: "Takaichi followed Kishida's line" is about a policy, not the office.
    /// </summary>
    [GeneratedRegex(@"(?<possLater>'s (immediate |direct )?predecessor|의 (바로 )?전임|の(直前の)?前任)|(?<possEarlier>'s (immediate |direct )?successor|의 (바로 )?후임|の(直後の)?後任|の次の(首相|大統領)|(의 )?다음 (대통령|총리))|(?<ofLater>\bpredecessor of\b)|(?<ofEarlier>\bsuccessor of\b)|(?<firstEarlier>\b(was |were )?(succeeded|followed|replaced) by\b|\bhanded (over )?(power |the presidency |office |the premiership )?(over )?to\b|\bpreceded\b(?! by))|(?<firstLater>\b(succeeded|replaced|took over from|preceded by)\b)")]
    private static partial Regex SuccessionCue();

    /// <summary>
    /// "Since Moon was Lee's immediate predecessor, how did Moon hand over power?", "Korea has run a surplus with Japan since
    /// 2015, why?": a question built on a succession or a balance the sources contradict gets the correction first, then its
    /// answer. Null when the question states none, or a right one.
    /// </summary>
    public static Answers.Answer? CorrectPremise(QuestionPart part, Answers.Answer answer, KnowledgeBase kb, Lang lang)
    {
        if (answer.Outcome != Answers.Outcome.Answer)
        {
            return null;
        }

        var c = AnswerTemplates.For(lang).Claims;
        // "Korea has run a trade surplus with Japan since 2015, why?": the balance the question takes for granted.
        var (verdict, note) = BalancePremise().IsMatch(part.Wording.Folded) ? Balance(part.Wording.Original, answer, kb, c)
            : SuccessionCue().IsMatch(part.Wording.Folded) && StatedSuccession(part.Wording.Original, kb.Glossary.Where(g => g.Kind == "person")) is { } stated
                ? Succession(stated.Earlier, stated.Later, kb, c, lang)
                : (Verdict.Unknown, "");
        return verdict == Verdict.Contradicted ? answer with { Body = $"{c.No(note)}\n\n**{answer.Title}**\n{answer.Body}" } : null;
    }

    /// <summary>A balance stated as a fact, not asked about ("has run a surplus", "흑자인데", "黒字なのに").</summary>
    [GeneratedRegex(@"\b(has|have|had|ran|runs|run|running|is|was|been) (been )?(run |had |in |running )?(a |an )?(trade )?(surplus|deficit)\b|(흑자|적자)(인데|라는데|였는데|니까|를 내|를 기록)|(黒字|赤字)(なのに|だから|が続|を出)")]
    private static partial Regex BalancePremise();

    /// <summary>(earlier, later) as the claim states them; null when it states no succession between two holders of one office.</summary>
    internal static (GlossaryTerm Earlier, GlossaryTerm Later)? StatedSuccession(string statement, IEnumerable<GlossaryTerm> people)
    {
        var folded = TextNormalizer.Fold(statement);
        if (SuccessionCue().Match(folded) is not { Success: true } cue)
        {
            return null;
        }

        // A family name alone ("Lee") counts only where no full name starts ("Lee Jae-myung" is not also Lee Myung-bak).
        var holders = people.Where(p => p.HeldOffice).ToList();
        var full = holders.Select(p => (Person: p, At: FullNameAt(folded, p))).Where(x => x.At >= 0).ToList();
        var bySurname = holders.Where(p => full.All(f => f.Person.Id != p.Id))
            .Select(p => (Person: p, At: SurnameAt(statement, p))).Where(x => x.At >= 0 && full.All(f => f.At != x.At));
        var named = full.Concat(bySurname).OrderBy(x => x.At).ToList();
        if (named.Count != 2 || named[0].Person.Office != named[1].Person.Office)
        {
            return null;
        }

        var (first, second) = (named[0].Person, named[1].Person);
        // The possessor is the name right before a possessive cue; "predecessor of X" names X after it.
        var beforeCue = named.LastOrDefault(x => x.At < cue.Index).Person;
        var afterCue = named.FirstOrDefault(x => x.At > cue.Index).Person;
        GlossaryTerm? Other(GlossaryTerm? p) => p is null ? null : p == first ? second : first;
        return cue.Groups switch
        {
            var g when g["possLater"].Success && beforeCue is not null => (Other(beforeCue)!, beforeCue),
            var g when g["possEarlier"].Success && beforeCue is not null => (beforeCue, Other(beforeCue)!),
            var g when g["ofLater"].Success && afterCue is not null => (Other(afterCue)!, afterCue),
            var g when g["ofEarlier"].Success && afterCue is not null => (afterCue, Other(afterCue)!),
            var g when g["firstEarlier"].Success => (first, second),
            var g when g["firstLater"].Success => (second, first),
            _ => ((GlossaryTerm, GlossaryTerm)?)null,
        };
    }

    private static int FullNameAt(string folded, GlossaryTerm person) =>
        person.AllNames.Where(n => n.Length > 3 || (n.Length >= 2 && n[0] >= 0x2E80))
            .Select(n => folded.IndexOf(TextNormalizer.Fold(n), StringComparison.Ordinal)).Where(i => i >= 0)
            .DefaultIfEmpty(-1).Min();

    /// <summary>The capitalised family name alone, as <see cref="BySurname"/> reads it ("Moon", not "the moon").</summary>
    private static int SurnameAt(string statement, GlossaryTerm person) =>
        person.FamilyName.Length < 2 ? -1 : WordAt(statement, Capitalised(person.FamilyName));

    /// <summary>
    /// Supported when the glossary has the later holder's term start where the earlier's ends; contradicted when it has
    /// someone else right after the earlier (or right before the later); unknown when the glossary has a gap there.
    /// </summary>
    private static (Verdict, string) Succession(GlossaryTerm earlier, GlossaryTerm later, KnowledgeBase kb, ClaimTemplates t, Lang lang)
    {
        var office = OfficeName(earlier.Office!, lang);
        if (OfficeSuccession.Adjacent(kb.Glossary, earlier, after: true) is { } next && OfficeSuccession.Contiguous(earlier, next))
        {
            return next == later
                ? (Verdict.Supported, t.SuccessionRight(earlier.Name(lang), later.Name(lang), office))
                : (Verdict.Contradicted, t.SuccessorWrong(earlier.Name(lang), next.Name(lang), later.Name(lang), office));
        }

        return OfficeSuccession.Adjacent(kb.Glossary, later, after: false) is { } previous && OfficeSuccession.Contiguous(previous, later) && previous != earlier
            ? (Verdict.Contradicted, t.PredecessorWrong(later.Name(lang), previous.Name(lang), earlier.Name(lang), office))
            : (Verdict.Unknown, "");
    }
}
