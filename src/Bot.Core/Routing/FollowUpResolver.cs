using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing;

/// <summary>
/// Fills in what a follow-up leaves out from the thread's last answer: "and the year after that?", "what about exports?",
/// "why did it drop?", "did it end?", "who was president then?", "when was it signed?". A part that stands on its own is
/// left as it is. A follow-up with nothing to follow comes back marked <see cref="FollowUpCue.NeedsContext"/>.
/// </summary>
public static partial class FollowUpResolver
{
    public static QuestionPart Resolve(QuestionPart part, ConversationState? context, RoutingIndex index)
    {
        if (part.IsStructured)
        {
            return part;
        }

        // "and?", "so?", "그리고?", "で？" say nothing to answer, even in a thread: guessing what they ask would be a confident
        // answer to a question nobody asked.
        if (BareJoiner().IsMatch(part.Wording.Folded))
        {
            return part with { FollowUp = part.FollowUp with { NeedsContext = true } };
        }

        return context is null || context.IsEmpty ? WithoutContext(part) : WithContext(part, context, index);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*((and|so|but|ok|okay|wait)\W+)?(was|is|were|are|did|does|has|had) (that|it|this|he|she|they)\b(?! (true|correct|right|accurate|false|so)\b)|^\W*(그게|그건|그것은|그것도|그 사람은?|그는|그녀는)\s|^\W*(それは|それって|それも|彼は|彼女は)")]
    private static partial System.Text.RegularExpressions.Regex AsksOfSubject();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(and|so|then|also|or|and then|and so|and\?+|그리고|그래서|그럼|또|で|それで|そして|それから|あと)\W*$")]
    private static partial System.Text.RegularExpressions.Regex BareJoiner();

    /// <summary>"what about exports?", "and in 2020?", "how much was it in 2019" lean on an answer that isn't there.</summary>
    private static QuestionPart WithoutContext(QuestionPart part)
    {
        var t = part.Targets;
        var p = part.Period;
        var bareFollowUp = part.FollowUp.IsFollowUp && part.Wording.Hits.Count == 0 && !p.HasPeriod;
        // A question that names both a metric and a year (or a topic or event) stands on its own.
        var selfContained = (t.SeriesIds.Count > 0 && p.HasPeriod) || t.FaqIds.Count > 0 || t.EventIds.Count > 0 || t.GlossaryIds.Count > 0;
        var leansOnEarlier = (part.FollowUp.StartsAsFollowUp || part.FollowUp.RefersBack) && !selfContained;
        var needsYear = p.YearShift != 0 && p.Years.Count == 0;
        var needsThen = p.Relative == TimeWord.Then && !p.HasPeriod && !selfContained;
        var needs = (bareFollowUp && p.YearShift == 0 && part.Asking.Operation == StatOperation.None && !selfContained)
            || needsYear || leansOnEarlier || needsThen;
        return needs ? part with { FollowUp = part.FollowUp with { NeedsContext = true } } : part;
    }

    private static QuestionPart WithContext(QuestionPart part, ConversationState context, RoutingIndex index)
    {
        // In a thread about Japan and Korea, loose words may name a series even without the countries ("the deficit").
        if (part.Targets.SeriesIds.Count == 0 && !part.Scope.JapanOrKorea && context.SeriesIds.Count > 0
            && index.Series.Match(part.Wording.Words, part.Wording.Folded) is { Count: > 0 } guessed)
        {
            part = part with { Targets = part.Targets with { SeriesIds = guessed } };
        }

        // "What about the other direction?", "the other way round?", "반대로는?": the mirror series, same time.
        // So is "and Koreans about Japan?" after how Japanese see Korea: both countries named the other way round.
        // After a comparison (good vs bad impression), each series is mirrored.
        if (part.Targets.SeriesIds.Count == 0 && context.SeriesIds.Count is > 0 and <= 2
            && (OtherWay().IsMatch(part.Wording.Folded)
                || ((part.FollowUp.IsFollowUp || part.FollowUp.StartsAsFollowUp) && index.Series.NamesOtherWay(context.SeriesIds[0], part.Wording.Folded)))
            && context.SeriesIds.Select(index.Series.Mirror).ToList() is var mirrors && mirrors.All(m => m is not null))
        {
            part = part with { Targets = part.Targets with { SeriesIds = [.. mirrors.OfType<string>()], SeriesNamed = true } };
            // "So by how much did the Japanese number go up?" after two years compared: the same two years.
            if (!part.Period.HasPeriod && (TwoYears(part, context) ?? (context.Year is { } y ? part with { Period = part.Period with { Years = [y] } } : null)) is { } dated)
            {
                part = dated;
            }
        }

        var t = part.Targets;
        var p = part.Period;
        var result = part;
        var namesNothing = part.Wording.Hits.Count == 0 && t.SeriesIds.Count == 0;
        var continuesStatistics = context.SeriesIds.Count > 0 && t.FaqIds.Count == 0 && t.EventIds.Count == 0
            && (t.GlossaryIds.Count == 0 || t.Office is not null);

        // "and 2012?", "the year after that?", "what was the peak?", "why did it drop?", "in which year?": the same series.
        if (t.SeriesIds.Count == 0 && continuesStatistics && t.Office is null
            && (part.FollowUp.IsFollowUp || (part.FollowUp.Continues && namesNothing) || p.YearShift != 0 || (p.Years.Count > 0 && namesNothing && !part.Asks(AnswerType.Events))
                || (part.Asking.Operation != StatOperation.None && namesNothing)
                || (namesNothing && part.Type is AnswerType.Number or AnswerType.Change or AnswerType.Reason or AnswerType.Extreme or AnswerType.Comparison or AnswerType.Date)
                || (namesNothing && part.FollowUp.RefersBack)))
        {
            // A part with no words of its own ("2024년에는 얼마였어?") is about the thread's series and nothing else: a passage
            // that shares its endings ("에는") must not outweigh the figure asked for.
            result = result with
            {
                Targets = result.Targets with { SeriesIds = context.SeriesIds, SeriesNamed = true },
                FollowUp = namesNothing && part.Wording.ContentWords.Count == 0 ? result.FollowUp with { ThreadSubject = true } : result.FollowUp,
            };
            if (!p.HasPeriod && p.YearShift == 0 && p.Relative == TimeWord.None)
            {
                result = TwoYears(result, context) ?? (context.FromYear is not null || context.ToYear is not null
                    ? result with { Period = result.Period with { From = ToDate(context.FromYear), To = ToDate(context.ToYear) } }
                    : context.Year is { } year ? result with { Period = result.Period with { Years = [year] } } : result);
            }
        }

        // "How does that compare with 2015?", "2024年と比べてどのくらい増えた": the thread's figure against the year named, as
        // the change between the two.
        if ((part.Asking.Operation == StatOperation.Compare || (part.Asking.Operation == StatOperation.Change && ComparedWith().IsMatch(part.Wording.Folded)))
            && p.Years.Count == 1 && context.Year is { } compared && compared != p.Years[0]
            && result.Targets.SeriesIds.Count > 0 && result.Targets.SeriesIds.SequenceEqual(context.SeriesIds))
        {
            result = result with
            {
                Period = result.Period with { Years = [Math.Min(compared, p.Years[0]), Math.Max(compared, p.Years[0])] },
                Asking = result.Asking with { Type = AnswerType.Change, Operation = StatOperation.Change },
            };
        }

        // "what about exports?", "… and what share of Koreans?": a new series, the year (or range) asked about before.
        if (t.SeriesIds.Count > 0 && !p.HasPeriod && (part.FollowUp.IsFollowUp || part.FollowUp.StartsAsFollowUp || part.FollowUp.Continues) && p.YearShift == 0)
        {
            result = context.FromYear is not null || context.ToYear is not null
                ? result with
                {
                    Period = result.Period with { From = ToDate(context.FromYear), To = ToDate(context.ToYear) },
                    Asking = result.Asking.Operation == StatOperation.None ? result.Asking with { Operation = StatOperation.Range } : result.Asking,
                }
                : context.Year is { } y ? result with { Period = result.Period with { Years = [y] } } : result;
        }

        if (p.YearShift != 0 && p.Years.Count == 0)
        {
            if (context.Year is not { } year)
            {
                return part with { FollowUp = part.FollowUp with { NeedsContext = true } };
            }

            // "前の年と比べて何％増えた？", "how much higher than the year before?": a change measured against the year before
            // the thread's year spans both years; "and the year before?" alone moves to it.
            result = result with
            {
                Period = result.Period with
                {
                    Years = part.Asking.Operation == StatOperation.Change && ComparedWith().IsMatch(part.Wording.Folded)
                        ? [Math.Min(year, year + p.YearShift), Math.Max(year, year + p.YearShift)]
                        : [year + p.YearShift],
                },
            };

            // "And the year after?" in a thread about a topic or an event, not a figure: what happened then.
            if (result.Targets.SeriesIds.Count == 0 && context.SeriesIds.Count == 0 && part.Type == AnswerType.Overview)
            {
                result = result with { Asking = result.Asking with { Type = AnswerType.Events } };
            }
        }

        // "What share of all visitors was that?", "how much was it?", "when was that decided?": a pronoun points back at the
        // last answer's year. "When did those demonstrations start?" points at a kind of event, whose start need not be then,
        // and "when was it lifted?" at what came after it.
        if (!result.Period.HasPeriod && result.Period.Relative == TimeWord.None && p.YearShift == 0 && context.Year is { } pointed
            && PointsBack().IsMatch(part.Wording.Folded) && !WhatNext.Asked(part.Wording.Folded)
            && (result.Targets.SeriesIds.Count > 0 || part.Type == AnswerType.Number
                || (part.Type == AnswerType.Date && !(part.Wording.ContentWords.Count > 0 && PointsAtAKind().IsMatch(part.Wording.Folded)))))
        {
            result = result with { Period = result.Period with { Years = [pointed] } };
        }

        // "What was founded about a month later?", "その2日後には何があった？": the events in the weeks after the thread's event.
        if (p.DaysAfter is { } days && !p.HasPeriod && context.EventId is { } eventId && index.Knowledge.Event(eventId) is { } after)
        {
            var start = after.Date.Start;
            result = result with
            {
                Period = result.Period with
                {
                    From = PartialDate.From(start.AddDays(1)),
                    To = PartialDate.From(start.AddDays((int)Math.Ceiling(days * 1.5) + 2)),
                },
                Asking = part.Type is AnswerType.Person or AnswerType.Place or AnswerType.Number ? result.Asking : result.Asking with { Type = AnswerType.Events },
                Targets = result.Targets with { EventIds = [] },
            };
        }

        // "who was president then?", "what happened then?": the time of the last answer.
        if (p.Relative == TimeWord.Then && !p.HasPeriod && context.Year is { } then)
        {
            result = result with { Period = result.Period with { Years = [then] } };
        }

        // "who was president then?" after a person: the office carries over; "and the foreign minister?" keeps the time.
        if (t.Office is not null && !result.Period.HasPeriod && result.Period.Relative == TimeWord.None && context.Year is { } officeYear
            && part.FollowUp.IsFollowUp)
        {
            result = result with { Period = result.Period with { Years = [officeYear] } };
        }

        // "Was that the first since Koizumi?", "did he later become PM?": a yes/no about the thread's subject. A person named
        // there places it in time ("since Koizumi") rather than asking for the events of his term.
        if (AsksOfSubject().IsMatch(part.Wording.Folded) && t.EventIds.Count == 0 && t.FaqIds.Count == 0 && t.SeriesIds.Count == 0
            && (context.EventId is not null || context.GlossaryId is not null))
        {
            var targets = result.Targets;
            targets = context.EventId is { } subjectEvent
                ? targets with { EventIds = [subjectEvent] }
                : targets with { GlossaryIds = [context.GlossaryId!, .. targets.GlossaryIds.Where(g => g != context.GlossaryId)] };
            var period = result.Period.IsTenure && result.Period.Years.Count == 0 ? Period.None : result.Period;
            return result with
            {
                Targets = targets,
                Period = period,
                FollowUp = result.FollowUp with { ThreadSubject = true, AsksOfSubject = true },
            };
        }

        // Nothing named: stay on the last answer's event, topic or person ("tell me more", "why?", "did it end?",
        // "when was it signed?", "how many votes?", "where?").
        var unnamed = !result.Targets.NamesAnything && namesNothing;
        if (unnamed)
        {
            var targets = result.Targets;
            if (context.EventId is not null)
            {
                targets = targets with { EventIds = [context.EventId] };
            }

            if (context.FaqId is not null)
            {
                targets = targets with { FaqIds = [context.FaqId] };
            }

            if (context.GlossaryId is not null && (part.Type is AnswerType.Person or AnswerType.Date or AnswerType.Naming || context.EventId is null))
            {
                targets = targets with { GlossaryIds = [context.GlossaryId] };
            }

            if (context.Office is not null && part.Type == AnswerType.Person)
            {
                targets = targets with { Office = context.Office };
            }

            result = result with { Targets = targets, FollowUp = result.FollowUp with { ThreadSubject = targets.NamesAnything } };
            if (!result.Targets.NamesAnything && context.Year is { } year && !result.Period.HasPeriod && part.FollowUp.IsFollowUp)
            {
                result = result with { Period = result.Period with { Years = [year] } };
            }
        }

        // A series now in view makes "what was the peak?" an extreme and "and the trade balance?" a figure.
        if (result.Targets.SeriesIds.Count > 0)
        {
            var type = AnswerTypeReader.WithFigures(result.Type, result.Asking.Operation, result.Period);
            if (type != result.Type)
            {
                result = result with { Asking = result.Asking with { Type = type } };
            }
        }

        // A person or a year named, but no topic, event or series: the thread's topic still tells its events apart.
        if (context.FaqId is { } topic && result.Targets is { FaqIds.Count: 0, EventIds.Count: 0, SeriesIds.Count: 0 })
        {
            result = result with { Targets = result.Targets with { ThreadTopic = topic } };
        }

        // A new subject named outright ("what about GSOMIA?") is a question of its own; a pronoun with nothing left to
        // point at still needs the full question.
        var stillNothing = !result.Targets.NamesAnything && !result.Period.HasPeriod && result.Wording.ContentWords.Count == 0;
        return stillNothing && (part.FollowUp.StartsAsFollowUp || part.FollowUp.RefersBack)
            ? result with { FollowUp = result.FollowUp with { NeedsContext = true } }
            : result;
    }

    /// <summary>"How far did it fall between those two years?": the last two years the thread asked about.</summary>
    private static QuestionPart? TwoYears(QuestionPart part, ConversationState context) =>
        (part.Type is AnswerType.Change or AnswerType.Comparison || part.Asking.Operation is StatOperation.Change or StatOperation.Compare)
        && context.RecentYears.Count == 2
            ? part with
            {
                Period = part.Period with { Years = [.. context.RecentYears] },
                Asking = part.Asking.Operation == StatOperation.None ? part.Asking with { Operation = StatOperation.Change } : part.Asking,
            }
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(other (direction|way( round)?|side)|reverse|vice versa|opposite direction)\b|반대|거꾸로|逆|反対")]
    private static partial System.Text.RegularExpressions.Regex OtherWay();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(compared (with|to)|vs\.?|versus|than|relative to|over the)\b|比べ|比較|より|대비|비해|비교|보다")]
    private static partial System.Text.RegularExpressions.Regex ComparedWith();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(that|it|this|those|these|then|there)\b|그거|그건|그게|그때|그해|그 해|それ|その|当時|その年")]
    private static partial System.Text.RegularExpressions.Regex PointsBack();

    /// <summary>"Those demonstrations", "these talks": a kind of event the thread's one belongs to, not the thread's event itself.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(those|these) [a-z]+s\b")]
    private static partial System.Text.RegularExpressions.Regex PointsAtAKind();

    private static PartialDate? ToDate(int? year) => year is { } y ? new PartialDate(y) : null;
}
