using Bot.Core;
using Bot.Core.Digest;

namespace Bot.Infrastructure.Digest;

/// <summary>What one tick did for one subscription (printed by <c>digest tick</c>, logged by the scheduler).</summary>
public sealed record DigestTickResult(string SubscriptionId, DateOnly? LocalDate, DigestTickOutcome Outcome, string Detail, string? Key = null)
{
    public override string ToString() =>
        $"{SubscriptionId} {LocalDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {Outcome.ToString().ToLowerInvariant()}: {Detail}";
}

public enum DigestTickOutcome
{
    NotDue,
    AlreadyDone,
    Sent,
    Logged,
    Retrying,
    Failed,
    Skipped,
    Waiting,
}

/// <summary>Dark charts for Discord (its default theme), light for Slack; both have opaque backgrounds, so either reads anywhere.</summary>
public static class DigestChartThemes
{
    public static Charts.ChartTheme For(string platform) =>
        platform == Platforms.Slack ? Charts.ChartTheme.Light : Charts.ChartTheme.Dark;
}
