using Bot.Core.Conversations;

namespace Bot.Core.Routing;

/// <summary>
/// Fills in what a follow-up leaves out ("and the year after that?", "what about exports?") from the
/// conversation's last answer. A follow-up with nothing to follow comes back marked <see cref="ParsedQuery.NeedsContext"/>.
/// </summary>
public static class FollowUpResolver
{
    public static ParsedQuery Resolve(ParsedQuery q, ConversationState? context) =>
        Merge(q, context) ?? q with { NeedsContext = true };

    private static ParsedQuery? Merge(ParsedQuery q, ConversationState? context)
    {
        var bareFollowUp = q.IsFollowUp && q.Hits.Count == 0 && q.Years.Count == 0 && q.From is null && q.To is null;
        var needsYear = q.YearShift != 0 && q.Years.Count == 0;
        if (context is null || context.IsEmpty)
        {
            // "what about exports?", "and in 2020?", "how much was it in 2019": they lean on an earlier answer that
            // isn't there. A question that names both a metric and a year (or a topic or event) stands on its own.
            var selfContained = (q.SeriesIds.Count > 0 && (q.Years.Count > 0 || q.From is not null)) || q.FaqIds.Count > 0 || q.EventIds.Count > 0
                || q.GlossaryIds.Count > 0;
            var leansOnEarlier = (q.StartsAsFollowUp || q.RefersBack) && !selfContained;
            return (bareFollowUp && q.YearShift == 0 && q.Operation == StatOperation.None) || needsYear || leansOnEarlier ? null : q;
        }

        var result = q;
        var continuesStatistics = context.SeriesIds.Count > 0 && q.FaqIds.Count == 0 && q.EventIds.Count == 0 && q.GlossaryIds.Count == 0;

        // "and 2012?", "the year after that?", "what was the peak?": same series, new year or operation.
        if (q.SeriesIds.Count == 0 && continuesStatistics
            && (q.IsFollowUp || q.YearShift != 0 || (q.Years.Count > 0 && q.Hits.Count == 0 && !q.AsksTimeline)
                || (q.Operation != StatOperation.None && q.Hits.Count == 0)))
        {
            result = result with { SeriesIds = context.SeriesIds, SeriesNamed = true };
        }

        // "what about exports?": new series, the year (or range) asked about before.
        if (q.SeriesIds.Count > 0 && q.Years.Count == 0 && q.From is null && q.To is null && q.IsFollowUp && q.YearShift == 0)
        {
            result = context.FromYear is not null || context.ToYear is not null
                ? result with { From = ToDate(context.FromYear), To = ToDate(context.ToYear), Operation = q.Operation == StatOperation.None ? StatOperation.Range : q.Operation }
                : context.Year is { } y ? result with { Years = [y] } : result;
        }

        if (q.YearShift != 0 && q.Years.Count == 0)
        {
            if (context.Year is not { } year)
            {
                return null;
            }

            result = result with { Years = [year + q.YearShift] };
        }

        // "tell me more", "and what did Tokyo say?": stay on the topic.
        if (bareFollowUp && result.SeriesIds.Count == 0 && q.YearShift == 0)
        {
            if (context.FaqId is not null)
            {
                result = result with { FaqIds = [context.FaqId] };
            }
            else if (context.EventId is not null)
            {
                result = result with { EventIds = [context.EventId] };
            }
            else
            {
                return null;
            }
        }

        return result;
    }

    private static Knowledge.PartialDate? ToDate(int? year) => year is { } y ? new Knowledge.PartialDate(y) : null;
}
