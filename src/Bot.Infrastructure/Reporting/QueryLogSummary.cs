using Bot.Core.Abstractions;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// The query log of a report's period added up per UTC day (<see cref="DaySums"/>, oldest first, only days with questions),
/// with the 👎 votes already counted as voted-down gaps, and the question each 👎-voted answer replied to.
/// </summary>
internal sealed record QueryLogSummary(IReadOnlyList<DaySums> Days, IReadOnlyDictionary<string, string?> VotedQuestions)
{
    /// <summary>
    /// Adds up entries one by one: the reference every provider's sums must equal, used for the partial first and last days of a
    /// LiteDB report and for a store without sums of its own. Entries outside [<paramref name="from"/>, <paramref name="to"/>] are skipped.
    /// </summary>
    public static QueryLogSummary FromEntries(IEnumerable<QueryLogEntry> entries, DateTimeOffset from, DateTimeOffset to, IReadOnlySet<string> votedDown,
        bool keepText)
    {
        var days = new SortedDictionary<DateOnly, DaySums>();
        var voted = new Dictionary<string, string?>(StringComparer.Ordinal);
        Add(entries, from, to, votedDown, keepText, days, voted);
        return new QueryLogSummary([.. days.Values], voted);
    }

    internal static void Add(IEnumerable<QueryLogEntry> entries, DateTimeOffset from, DateTimeOffset to, IReadOnlySet<string> votedDown, bool keepText,
        SortedDictionary<DateOnly, DaySums> days, Dictionary<string, string?> voted)
    {
        foreach (var entry in entries)
        {
            if (entry.Time < from || entry.Time > to || !DaySums.IsQuestion(entry.Outcome, entry.Intent))
            {
                continue;
            }

            var isVoted = entry.AnswerId is { } id && votedDown.Contains(id);
            if (isVoted)
            {
                voted[entry.AnswerId!] = keepText ? DaySums.TextOf(entry) : null;
            }

            var day = DaySums.DayOf(entry.Time);
            if (!days.TryGetValue(day, out var sums))
            {
                days[day] = sums = new DaySums(day);
            }

            sums.Add(entry, isVoted);
        }
    }
}

/// <summary>A query log that can add up a report's period without handing over every entry (LiteDB daily rollups, PostgreSQL GROUP BY).</summary>
internal interface IQueryLogSums
{
    /// <summary>
    /// The sums of the questions recorded in [<paramref name="from"/>, <paramref name="to"/>], equal to
    /// <see cref="QueryLogSummary.FromEntries"/> over the same entries. Throws when the database cannot be read.
    /// </summary>
    QueryLogSummary Summarize(DateTimeOffset from, DateTimeOffset to, IReadOnlySet<string> votedDown, bool keepText);
}
