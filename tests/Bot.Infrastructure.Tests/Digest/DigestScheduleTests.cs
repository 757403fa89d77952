using Bot.Core.Digest;
using Bot.Infrastructure.Digest;

namespace Bot.Infrastructure.Tests.Digest;

public sealed class DigestScheduleTests
{
    private static DigestSubscription At(string time, string zone) => new()
    {
        Platform = "discord",
        Channel = "C1",
        Time = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
        TimeZone = zone,
    };

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // Seoul is UTC+9 all year: 08:00 on 22 June is 23:00 UTC on 21 June.
    [InlineData("08:00", "Asia/Seoul", "2026-06-22", "2026-06-21T23:00:00Z")]
    [InlineData("00:00", "Asia/Seoul", "2026-01-01", "2025-12-31T15:00:00Z")]
    // Tokyo is UTC+9 too, with no DST.
    [InlineData("07:30", "Asia/Tokyo", "2026-06-22", "2026-06-21T22:30:00Z")]
    // New York: EST (UTC−5) the day before spring-forward, EDT (UTC−4) from 8 March 2026.
    [InlineData("08:00", "America/New_York", "2026-03-07", "2026-03-07T13:00:00Z")]
    [InlineData("08:00", "America/New_York", "2026-03-08", "2026-03-08T12:00:00Z")]
    // Fall-back on 1 November 2026: back to EST.
    [InlineData("08:00", "America/New_York", "2026-10-31", "2026-10-31T12:00:00Z")]
    [InlineData("08:00", "America/New_York", "2026-11-01", "2026-11-01T13:00:00Z")]
    // Berlin: CET (UTC+1) → CEST (UTC+2) on 29 March 2026.
    [InlineData("09:00", "Europe/Berlin", "2026-03-28", "2026-03-28T08:00:00Z")]
    [InlineData("09:00", "Europe/Berlin", "2026-03-29", "2026-03-29T07:00:00Z")]
    public void DueOn_LocalTimeInZone_UtcInstant(string time, string zone, string date, string expectedUtc)
    {
        var due = DigestSchedule.DueOn(At(time, zone), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Utc(expectedUtc), due);
    }

    [Fact]
    public void LastDue_SeoulJustBeforeAndAtTheTime_LocalDateIsTheSeoulDate()
    {
        var s = At("08:00", "Asia/Seoul");

        var before = DigestSchedule.LastDue(s, Utc("2026-06-21T22:59:59Z"));
        var at = DigestSchedule.LastDue(s, Utc("2026-06-21T23:00:00Z"));

        Assert.Equal(new DateOnly(2026, 6, 21), before!.Value.LocalDate);
        Assert.Equal(new DateOnly(2026, 6, 22), at!.Value.LocalDate);
        Assert.Equal(Utc("2026-06-21T23:00:00Z"), at.Value.DueAt);
    }

    [Fact]
    public void DueOn_TimeSkippedBySpringForward_FiresOnceThatDayAtTheEndOfTheGap()
    {
        // 02:30 does not exist in New York on 8 March 2026 (02:00 EST jumps to 03:00 EDT = 07:00 UTC).
        var s = At("02:30", "America/New_York");

        var due = DigestSchedule.DueOn(s, new DateOnly(2026, 3, 8));

        Assert.Equal(new DateOnly(2026, 3, 8), DateOnly.FromDateTime(due.DateTime));
        Assert.Equal(Utc("2026-03-08T07:00:00Z"), due);
        Assert.Equal(Utc("2026-03-09T06:30:00Z"), DigestSchedule.DueOn(s, new DateOnly(2026, 3, 9)));
    }

    [Fact]
    public void LastDue_TimeRepeatedByFallBack_OnlyTheFirstOccurrenceIsDue()
    {
        // 01:30 happens twice in New York on 1 November 2026: 05:30 UTC (EDT) and 06:30 UTC (EST).
        var s = At("01:30", "America/New_York");

        var first = DigestSchedule.LastDue(s, Utc("2026-11-01T05:30:00Z"));
        var second = DigestSchedule.LastDue(s, Utc("2026-11-01T06:45:00Z"));

        Assert.Equal(Utc("2026-11-01T05:30:00Z"), first!.Value.DueAt);
        Assert.Equal(first.Value.DueAt, second!.Value.DueAt);
        Assert.Equal(new DateOnly(2026, 11, 1), second.Value.LocalDate);
    }

    [Fact]
    public void NextDue_AfterTheTime_TomorrowsTime()
    {
        var next = DigestSchedule.NextDue(At("08:00", "Asia/Seoul"), Utc("2026-06-21T23:00:00Z"));

        Assert.Equal(Utc("2026-06-22T23:00:00Z"), next);
    }
}
