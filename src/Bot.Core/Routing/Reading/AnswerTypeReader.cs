using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;

namespace Bot.Core.Routing.Reading;

/// <summary>
/// Decides what kind of answer a part wants from its cue words. Every type whose cues appear is kept as a signal; the
/// main type is the first in a fixed priority, so "why did exports fall" is a reason and "when did imports peak" an extreme.
/// </summary>
public static partial class AnswerTypeReader
{
    internal static Asking Read(string folded, string cueText, Period period, KnowledgeBase kb, IReadOnlyList<LexiconHit> hits)
    {
        var signals = new HashSet<AnswerType>();
        void Signal(bool present, AnswerType type)
        {
            if (present)
            {
                signals.Add(type);
            }
        }

        var whoIsRight = Cues.WhoIsRight().IsMatch(cueText);
        var quantity = Cues.Quantity().IsMatch(cueText);
        var seriesNamed = hits.Any(h => h.Kind == TargetKind.Series);
        // Peak, change and comparison words are statistics operations only when figures are in view
        // ("when did Seoul drop its WTO complaint" asks for a date); the operation is kept for a follow-up that brings them.
        var figures = seriesNamed || quantity;
        var operation = Operation(cueText, period);

        // "When did Japan say it will…" reports a past statement; "when (exactly) will it happen?" foretells.
        var pastWhen = Cues.When().IsMatch(folded[..Math.Min(folded.Length, 6)]) && !WhenWill().IsMatch(folded);
        Signal(Cues.Prediction().IsMatch(cueText) && !pastWhen || PredictsPastAsOf(period, kb, cueText), AnswerType.Prediction);
        Signal((Cues.Claim().IsMatch(cueText) && !RecallQuestion().IsMatch(folded) || ClaimReader.Declarative().IsMatch(folded)) && !whoIsRight, AnswerType.Claim);
        Signal(Cues.Why().IsMatch(cueText), AnswerType.Reason);
        Signal(figures && operation is StatOperation.Peak or StatOperation.Lowest or StatOperation.SinceWhen, AnswerType.Extreme);
        Signal(figures && operation == StatOperation.Change, AnswerType.Change);
        Signal(figures && operation == StatOperation.Compare, AnswerType.Comparison);
        Signal(Cues.List().IsMatch(cueText), AnswerType.List);
        // "Who was president when GSOMIA was signed?": the "when" clause places the person in time, it is not asked.
        Signal(Cues.When().IsMatch(cueText) && !WhoWhen().IsMatch(folded), AnswerType.Date);
        Signal(Cues.Who().IsMatch(cueText) && !whoIsRight, AnswerType.Person);
        Signal(Cues.Where().IsMatch(cueText), AnswerType.Place);
        Signal(quantity, AnswerType.Number);
        Signal(Cues.Naming().IsMatch(cueText), AnswerType.Naming);
        // "What was unveiled at the 1,000th demonstration?", "1000번째 집회 때 뭘 세웠지?": what happened there, not what
        // something is.
        var whatWasDone = WhatWasDone().IsMatch(folded);
        Signal(Cues.Timeline().IsMatch(cueText) || whatWasDone, AnswerType.Events);
        Signal(Cues.Recent().IsMatch(cueText), AnswerType.Recent);
        Signal(Cues.WhatIs().IsMatch(cueText) && !whatWasDone, AnswerType.Definition);

        var type = Priority.FirstOrDefault(signals.Contains, AnswerType.Overview);
        if (seriesNamed)
        {
            type = WithFigures(type, operation, period);
        }

        // "Who were the comfort women?", "who is GSOMIA for?": a definition of something that is not a person.
        if (type == AnswerType.Person && IsAboutNonPerson(hits, kb) && !Cues.Who().IsMatch(folded.Replace("who are the", "", StringComparison.Ordinal).Replace("who were the", "", StringComparison.Ordinal).Replace("who r the", "", StringComparison.Ordinal)))
        {
            type = AnswerType.Definition;
        }

        signals.Remove(type);
        return new Asking(type, operation, signals)
        {
            WhoIsRight = whoIsRight,
            StrictDefinition = Cues.Definition().IsMatch(cueText),
            AboutDeficit = folded.Contains("deficit", StringComparison.Ordinal) || folded.Contains("적자", StringComparison.Ordinal)
                || folded.Contains("赤字", StringComparison.Ordinal),
            Succession = Cues.Successor().IsMatch(folded) ? Succession.Successor
                : Cues.Predecessor().IsMatch(folded) ? Succession.Predecessor : Succession.None,
            Computation = ComputationReader.Read(folded),
            Combined = ComputationReader.Combined(folded),
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bwhat (was|were) ([a-z]+ed|built|set up|put up|given|paid|won|held|made|said|taken)\b|(뭘|무엇을|무얼) \S*(었|았|였|웠|했)|何を\S*(した|てた|った|めた|けた|れた)")]
    private static partial System.Text.RegularExpressions.Regex WhatWasDone();

    /// <summary>The priority order of answer types: the first whose cue appears is the main type.</summary>
    private static readonly AnswerType[] Priority =
    [
        AnswerType.Prediction, AnswerType.Claim, AnswerType.Reason, AnswerType.Extreme, AnswerType.Change, AnswerType.Comparison,
        AnswerType.List, AnswerType.Date, AnswerType.Person, AnswerType.Place, AnswerType.Number, AnswerType.Naming,
        AnswerType.Recent, AnswerType.Events, AnswerType.Definition,
    ];

    /// <summary>
    /// The type once a statistics series is in view (named, or carried over by a follow-up): "what was the peak?" is an
    /// extreme, "what was the trade deficit in 2010?" and "and the trade balance?" (in 2019) a figure, not a definition.
    /// </summary>
    public static AnswerType WithFigures(AnswerType type, StatOperation operation, Period period)
    {
        var implied = operation switch
        {
            StatOperation.Peak or StatOperation.Lowest or StatOperation.SinceWhen => AnswerType.Extreme,
            StatOperation.Change => AnswerType.Change,
            StatOperation.Compare => AnswerType.Comparison,
            _ => (AnswerType?)null,
        };
        if (implied is { } op && Array.IndexOf(Priority, op) < Array.IndexOf(Priority, type) | type == AnswerType.Overview)
        {
            return op;
        }

        // "Do Japanese like Korea these days? (Genron poll)": with figures in view, "these days" asks for the latest one.
        if (type == AnswerType.Recent)
        {
            return AnswerType.Number;
        }

        return type is AnswerType.Definition or AnswerType.Overview
            && (period.HasPeriod || period.Relative is TimeWord.Now or TimeWord.Latest || operation != StatOperation.None)
            ? AnswerType.Number
            : type;
    }

    /// <summary>The part names a topic or term and no person ("who were the comfort women").</summary>
    private static bool IsAboutNonPerson(IReadOnlyList<LexiconHit> hits, KnowledgeBase kb) =>
        hits.Count > 0 && hits.All(h => h.Kind != TargetKind.Glossary || kb.Term(h.Id) is { Kind: not "person" })
        && hits.Any(h => h.Kind is TargetKind.Faq or TargetKind.Glossary);

    private static StatOperation Operation(string cueText, Period period)
    {
        if (Cues.SinceWhen().IsMatch(cueText))
        {
            return StatOperation.SinceWhen;
        }

        var compare = Cues.Compare().IsMatch(cueText);
        var peak = Cues.Peak().IsMatch(cueText);
        var lowest = Cues.Lowest().IsMatch(cueText);
        // "Tokyo dropped Seoul from the white list" removes a country from a list; no figure fell.
        var change = Cues.Change().IsMatch(cueText) && !FromAList().IsMatch(cueText);
        // "How far did imports fall between the 2011 peak and 2020?": two years and a movement word ask for the change.
        var twoYears = period.Years.Count >= 2 || (period.From is not null && period.To is not null);
        return compare ? StatOperation.Compare
            : change && twoYears ? StatOperation.Change
            : peak ? StatOperation.Peak
            : lowest ? StatOperation.Lowest
            : change ? StatOperation.Change
            : period.Relative is TimeWord.Latest or TimeWord.Now && period.Years.Count == 0 ? StatOperation.Latest
            : Cues.Trend().IsMatch(cueText) || period.From is not null || period.To is not null ? StatOperation.Range
            : StatOperation.None;
    }

    /// <summary>"visitors in 2027", "will it happen next year": a year after the knowledge ends asked about as future.</summary>
    private static bool PredictsPastAsOf(Period period, KnowledgeBase kb, string cueText) =>
        kb.Timeline.Count > 0 && period.Years.Any(y => y > kb.AsOf.Year + 1)
        && (cueText.Contains(" will ", StringComparison.Ordinal) || cueText.Contains("predict", StringComparison.Ordinal));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(drop|drops|dropped|remove|removes|removed|kick|kicked|took|take|struck|strike)\s+(\w+\s+){0,3}(from|off)\s+(the\s+|its\s+|their\s+|japan's\s+|korea's\s+)?(export\s+)?(white ?list|whitelist|list|group a|trusted)")]
    private static partial System.Text.RegularExpressions.Regex FromAList();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(who|which (president|prime minister|pm|leader))\b[^?]{3,60}?\bwhen\b(?!\s+(did|was|were|is|does|do)\s+(he|she|they|it)\b)")]
    private static partial System.Text.RegularExpressions.Regex WhoWhen();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*when\s+((exactly|roughly|precisely|do you think|would you say)\s+)?(will|won't|wont|is (it|that|this) going to|are they going to)\b")]
    private static partial System.Text.RegularExpressions.Regex WhenWill();

    /// <summary>
    /// "몇 퍼센트였지?", "언제였지?": a question word with the "…지?" ending recalls a fact (what was it again?); it states
    /// nothing to confirm. An explicit tag ("맞지?", "그렇지?") still makes a claim.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(몇|얼마|언제|누가|누구|어디|왜|무엇|뭐|어느|어떤|어떻게)[^?？]*(였|었|았|했|이)지\s*[?？]*\s*$")]
    private static partial System.Text.RegularExpressions.Regex RecallQuestion();
}
