using Bot.Core.Digest;
using Cronos;

namespace Bot.Infrastructure.Digest;

/// <summary>
/// When a subscription's digest is due, through Cronos so daylight-saving days come out right: a time skipped by
/// spring-forward fires at the end of the gap, and a time repeated at fall-back fires once, at its first occurrence.
/// </summary>
public static class DigestSchedule
{
    // A day and a bit back covers every catch-up window (at most 24 h) plus the longest UTC offset shift.
    private static readonly TimeSpan LookBack = TimeSpan.FromHours(50);

    /// <summary>The latest due time at or before <paramref name="now"/>, with the local date it belongs to.</summary>
    public static (DateTimeOffset DueAt, DateOnly LocalDate)? LastDue(DigestSubscription subscription, DateTimeOffset now)
    {
        var (cron, zone) = Parse(subscription);
        var last = cron.GetOccurrences(now - LookBack, now, zone, fromInclusive: true, toInclusive: true).LastOrDefault();
        return last == default ? null : (last, DateOnly.FromDateTime(last.DateTime));
    }

    /// <summary>The first due time after <paramref name="now"/>.</summary>
    public static DateTimeOffset? NextDue(DigestSubscription subscription, DateTimeOffset now)
    {
        var (cron, zone) = Parse(subscription);
        return cron.GetNextOccurrence(now, zone, inclusive: false);
    }

    /// <summary>When the digest for <paramref name="localDate"/> is due (the first occurrence on that date).</summary>
    public static DateTimeOffset DueOn(DigestSubscription subscription, DateOnly localDate)
    {
        var (cron, zone) = Parse(subscription);
        var midnight = localDate.ToDateTime(TimeOnly.MinValue);
        var from = new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).AddHours(-3);
        return cron.GetOccurrences(from, from.AddHours(30), zone).First(o => DateOnly.FromDateTime(o.DateTime) == localDate);
    }

    private static (CronExpression Cron, TimeZoneInfo Zone) Parse(DigestSubscription subscription)
    {
        if (!DigestRules.TryFindTimeZone(subscription.TimeZone, out var zone))
        {
            throw new InvalidOperationException($"digest subscription {subscription.Id}: unknown time zone '{subscription.TimeZone}'");
        }

        var cron = CronExpression.Parse($"{subscription.Time.Minute} {subscription.Time.Hour} * * *");
        return (cron, zone);
    }
}
