using System.Globalization;
using System.Text;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Admin.Texts;
using Bot.Core.Digest;
using Bot.Core.Feedback;
using Bot.Core.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Digest;

/// <summary><c>Admin:ReportChannel</c>: where the weekly curator report goes, "discord:123…" or "slack:C123…"; unset = no report.</summary>
public sealed class WeeklyReportOptions
{
    public const string SectionName = "Admin";

    public string? ReportChannel { get; set; }
}

/// <summary>
/// Every Monday (UTC) the curator report channel gets the week's top gaps and 👎 reasons, through the digest publishers and on the
/// digest scheduler's tick. Exactly once per week: the post is claimed in the digest delivery records under
/// <c>report:{platform}:{channel}:{monday}</c> before it is sent, settled after, and a retry carries the same idempotency key.
/// Off (one log line) without a channel or without <see cref="ICuratorReports"/>. Written in the channel's default language
/// (<c>/config language</c> there, <see cref="DigestLanguage.ForChannel"/>), else English; gap examples and comments stay as asked.
/// </summary>
public sealed class WeeklyCuratorReport(
    IDigestStore store,
    DigestPublishers publishers,
    IOptions<WeeklyReportOptions> options,
    ILogger<WeeklyCuratorReport> logger,
    ICuratorReports? reports = null,
    IChannelSettingsStore? channelSettings = null)
{
    public const string SubscriptionId = "curator-report";
    public const int MaxGaps = 5;
    public const int MaxComments = 5;
    public const int MaxAttempts = 5;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan SendingAbandonedAfter = DigestRunner.SendingAbandonedAfter;

    private bool _warned;

    /// <summary>The configured channel as a target, or null when unset or malformed.</summary>
    public DigestTarget? Target() => Parse(options.Value.ReportChannel);

    /// <summary>"discord:123…" or "slack:C123…" as a target; null when unset or malformed (the options check refuses the latter at start).</summary>
    public static DigestTarget? Parse(string? value)
    {
        var setting = value?.Trim();
        if (string.IsNullOrEmpty(setting))
        {
            return null;
        }

        var colon = setting.IndexOf(':', StringComparison.Ordinal);
        var platform = colon > 0 ? setting[..colon].ToLowerInvariant() : "";
        var channel = colon > 0 ? setting[(colon + 1)..].Trim() : "";
        return platform is Platforms.Discord or Platforms.Slack && channel.Length is > 0 and <= 100 && channel.All(char.IsAsciiLetterOrDigit)
            ? new DigestTarget(platform, "", channel)
            : null;
    }

    /// <summary>Posts this week's report when it is Monday and it has not been posted; null when there was nothing to do.</summary>
    public async Task<DigestTickResult?> TickAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (Target() is not { } target || reports is null)
        {
            if (!_warned && options.Value.ReportChannel is { Length: > 0 })
            {
                logger.LogWarning("Weekly curator report off: Admin:ReportChannel '{Setting}' is not 'discord:<channel id>' or 'slack:<channel id>', or the curator report is not available",
                    options.Value.ReportChannel);
                _warned = true;
            }

            return null;
        }

        var utc = now.UtcDateTime;
        if (utc.DayOfWeek != DayOfWeek.Monday)
        {
            return null;
        }

        var monday = DateOnly.FromDateTime(utc);
        var key = $"report:{target.Platform}:{target.Channel}:{monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        DigestTickResult Result(DigestTickOutcome outcome, string detail) => new(SubscriptionId, monday, outcome, detail, key);

        var existing = store.Delivery(key);
        if (existing?.State is DeliveryState.Sent or DeliveryState.Logged or DeliveryState.Failed or DeliveryState.Skipped)
        {
            return Result(DigestTickOutcome.AlreadyDone, existing.State.ToString().ToLowerInvariant());
        }

        if (existing is { State: DeliveryState.Retrying, NextAttemptAt: { } next } && next > now)
        {
            return Result(DigestTickOutcome.Waiting, $"retry at {next:O}");
        }

        if (existing is { State: DeliveryState.Sending } && now - existing.UpdatedAt < SendingAbandonedAfter)
        {
            return Result(DigestTickOutcome.AlreadyDone, "being sent by another run");
        }

        var claimed = (existing ?? new DigestDelivery
        {
            Key = key,
            SubscriptionId = SubscriptionId,
            LocalDate = monday,
            DueAt = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            State = DeliveryState.Sending,
            UpdatedAt = now,
        }) with { State = DeliveryState.Sending, Attempts = (existing?.Attempts ?? 0) + 1, UpdatedAt = now, NextAttemptAt = null };
        if (existing is null)
        {
            if (!store.TryClaim(claimed))
            {
                return Result(DigestTickOutcome.AlreadyDone, "claimed by another run");
            }
        }
        else
        {
            store.Update(claimed);
        }

        var (publisher, logOnly) = publishers.For(target.Platform);
        PublishResult result;
        try
        {
            var words = AdminTexts.For(DigestLanguage.ForChannel(channelSettings, target.Platform, target.Channel));
            result = await publisher.PublishAsync(target, Compose(reports.Build(7), monday, words), null, key, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            result = PublishResult.Retryable($"{ex.GetType().Name}: {ex.Message}");
        }

        switch (result.Status)
        {
            case PublishStatus.Ok:
                store.Update(claimed with { State = logOnly ? DeliveryState.Logged : DeliveryState.Sent, UpdatedAt = now, MessageId = result.MessageId, Error = null });
                logger.LogInformation("Weekly curator report {Key} {State}", key, logOnly ? "logged (no adapter)" : "sent");
                return Result(logOnly ? DigestTickOutcome.Logged : DigestTickOutcome.Sent, "weekly curator report");
            case PublishStatus.RetryableFailure when claimed.Attempts < MaxAttempts:
                store.Update(claimed with { State = DeliveryState.Retrying, UpdatedAt = now, NextAttemptAt = now + RetryAfter, Error = result.Error });
                logger.LogWarning("Weekly curator report {Key} attempt {Attempt} failed ({Error}); retrying with the same key", key, claimed.Attempts, result.Error);
                return Result(DigestTickOutcome.Retrying, result.Error ?? "retrying");
            default:
                store.Update(claimed with { State = DeliveryState.Failed, UpdatedAt = now, NextAttemptAt = null, Error = result.Error });
                logger.LogWarning("Weekly curator report {Key} failed: {Error}", key, result.Error);
                return Result(DigestTickOutcome.Failed, result.Error ?? "failed");
        }
    }

    /// <summary>The report as a digest the platform publishers render: the top gaps and the week's 👎 reasons (user text is theirs to escape).</summary>
    public static Bot.Core.Digest.Digest Compose(CuratorReport report, DateOnly monday, AdminTexts? words = null)
    {
        words ??= EnglishAdminTexts.Text;
        var sections = new List<DigestSection>();
        var gaps = new StringBuilder();
        foreach (var gap in report.Gaps.Take(MaxGaps))
        {
            var what = gap.Example ?? gap.Topic ?? gap.Intent;
            gaps.Append(CultureInfo.InvariantCulture, $"- {Line(what)} — {gap.Count}× ({gap.Outcome})");
            if (gap.Closest.Count > 0)
            {
                gaps.Append(words.ReportClosest(string.Join(", ", gap.Closest.Take(3))));
            }

            gaps.Append('\n');
        }

        sections.Add(new DigestSection("gaps", words.ReportTopGaps, gaps.Length > 0 ? gaps.ToString().TrimEnd() : words.ReportNoGaps));

        var feedback = new StringBuilder();
        feedback.Append(CultureInfo.InvariantCulture, $"👍 {report.Feedback.Up} · 👎 {report.Feedback.Down}\n");
        foreach (var reason in FeedbackReasons.All)
        {
            if (report.Feedback.Reasons.TryGetValue(reason, out var n) && n > 0)
            {
                feedback.Append(CultureInfo.InvariantCulture, $"- {reason}: {n}\n");
            }
        }

        foreach (var comment in report.Feedback.Comments.Where(c => c.Text is not null).Take(MaxComments))
        {
            feedback.Append(CultureInfo.InvariantCulture, $"- “{Line(comment.Text!)}”");
            if (comment.Question is { } question)
            {
                feedback.Append(words.ReportOnQuestion(Line(question)));
            }

            feedback.Append('\n');
        }

        sections.Add(new DigestSection("feedback", words.ReportFeedbackHeading, feedback.ToString().TrimEnd()));
        return new Bot.Core.Digest.Digest
        {
            LocalDate = monday,
            Title = words.ReportTitle(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Lang = words.Lang,
            Sections = sections,
        };
    }

    /// <summary>One line of at most 200 characters: question and comment text never breaks the list or floods the post.</summary>
    private static string Line(string text)
    {
        var one = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (one.Length <= 200)
        {
            return one;
        }

        var cut = char.IsHighSurrogate(one[198]) ? 198 : 199;
        return one[..cut] + "…";
    }
}
