using Bot.Core.Knowledge;

namespace Bot.Core.Digest;

/// <summary>Which timeline events have an anniversary on a given day.</summary>
public static class Anniversaries
{
    /// <summary>
    /// Events whose exact date falls on <paramref name="day"/>'s month and day in an earlier year. Events on 29 February
    /// are remembered on 28 February in other years, so they are not skipped three years in four.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> On(KnowledgeBase kb, DateOnly day) =>
        [.. kb.Timeline.Where(e => e.Date.IsExact && e.Date.Year < day.Year && AnniversaryIn(e.Date, day.Year) == day)
            .OrderBy(e => e.Date)];

    /// <summary>The day an exact date is remembered in <paramref name="year"/>.</summary>
    public static DateOnly AnniversaryIn(PartialDate date, int year)
    {
        var month = date.Month!.Value;
        var day = Math.Min(date.Day!.Value, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, day);
    }

    /// <summary>"1st", "2nd", "3rd", "11th", "61st".</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{n}{suffix}";
    }
}
