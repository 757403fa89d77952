using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Bot.Core.Telemetry;
using Bot.Infrastructure.Charts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Digest;

/// <summary>
/// Posts every due digest exactly once per channel per local date. The delivery record is claimed ("sending") before
/// the post and settled after it; a record still "sending" on a later tick means the process died in between, and the
/// digest is re-sent with the same idempotency key, which the platform adapter turns into a no-op if the first post
/// landed. Taking over such a record (or a due 'retrying' one) is a compare-and-set on its state and attempt count, so of
/// two replicas or runs doing it at once only one posts. Used by the scheduler every minute and by <c>digest tick</c>.
/// Each delivery's result (sent, logged, retrying, failed, skipped) is counted in <see cref="DigestMetrics"/>; ticks with
/// nothing due count nothing.
/// </summary>
public sealed class DigestRunner(
    IKnowledgeProvider knowledge,
    IDigestStore store,
    DigestPublishers publishers,
    IHeadlineSource headlines,
    IOptions<DigestOptions> options,
    ILogger<DigestRunner> logger,
    DigestMetrics? metrics = null,
    IChannelSettingsStore? channelSettings = null) : IDisposable
{
    /// <summary>
    /// How old a 'sending' record must be before a run takes it for abandoned (a process that stopped mid-post). Younger,
    /// it belongs to a run still posting (another replica's scheduler or cron job, at the same tick): sending it again
    /// would post twice. The scheduler and cron tick once a minute, so a crashed run's record is re-sent by the next tick.
    /// </summary>
    internal static readonly TimeSpan SendingAbandonedAfter = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _synced;

    /// <summary>Brings configured subscriptions into the store (once per runner; <c>digest list</c> calls it too).</summary>
    public void SyncConfiguredSubscriptions()
    {
        ConfiguredSubscriptions.Apply(store, options.Value);
        _synced = true;
    }

    public async Task<IReadOnlyList<DigestTickResult>> TickAsync(DateTimeOffset now, CancellationToken ct)
    {
        // One tick at a time in this process; the claim's unique key covers other processes (cron next to serve).
        await _gate.WaitAsync(ct);
        try
        {
            if (!_synced)
            {
                SyncConfiguredSubscriptions();
            }

            var tick = new Tick(now);
            var results = new List<DigestTickResult>();
            foreach (var subscription in store.Subscriptions())
            {
                var result = await RunAsync(subscription, tick, ct);
                if (DeliveryResult(result.Outcome) is { } delivered)
                {
                    metrics?.Delivered(subscription.Platform, delivered);
                }

                results.Add(result);
            }

            return results;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<DigestTickResult> RunAsync(DigestSubscription subscription, Tick tick, CancellationToken ct)
    {
        var now = tick.Now;
        if (DigestSchedule.LastDue(subscription, now) is not var (dueAt, localDate) || dueAt < subscription.CreatedAt)
        {
            return new(subscription.Id, null, DigestTickOutcome.NotDue, $"next due {DigestSchedule.NextDue(subscription, now):O}");
        }

        var key = IdempotencyKey.For(subscription.Platform, subscription.Channel, localDate);
        var existing = store.Delivery(key);
        DigestTickResult Result(DigestTickOutcome outcome, string detail) => new(subscription.Id, localDate, outcome, detail, key);

        if (existing?.State is DeliveryState.Sent or DeliveryState.Logged or DeliveryState.Failed or DeliveryState.Skipped)
        {
            return Result(DigestTickOutcome.AlreadyDone, $"{existing.State.ToString().ToLowerInvariant()}; next due {DigestSchedule.NextDue(subscription, now):O}");
        }

        var late = now - dueAt;
        var window = options.Value.CatchUpWindow;
        if (late > window)
        {
            return Expire(subscription, existing, key, localDate, dueAt, now, late, window, Result);
        }

        if (existing is { State: DeliveryState.Retrying, NextAttemptAt: { } next } && next > now)
        {
            return Result(DigestTickOutcome.Waiting, $"retry {existing.Attempts + 1} at {next:O}");
        }

        var kb = knowledge.Current;
        var fingerprints = tick.Fingerprints ??= KnowledgeFingerprints.Of(kb);
        var claimed = (existing ?? new DigestDelivery
        {
            Key = key,
            SubscriptionId = subscription.Id,
            LocalDate = localDate,
            DueAt = dueAt,
            State = DeliveryState.Sending,
            UpdatedAt = now,
        }) with { State = DeliveryState.Sending, Attempts = (existing?.Attempts ?? 0) + 1, UpdatedAt = now, NextAttemptAt = null, KnowledgeVersion = fingerprints.Version };

        if (existing is null)
        {
            if (!store.TryClaim(claimed))
            {
                return Result(DigestTickOutcome.AlreadyDone, "claimed by another run");
            }
        }
        else
        {
            if (existing.State == DeliveryState.Sending && now - existing.UpdatedAt < SendingAbandonedAfter)
            {
                return Result(DigestTickOutcome.AlreadyDone, "being sent by another run");
            }

            // Compare-and-set: of several runs taking over the same abandoned or due record at once, one wins and posts.
            if (!store.TryTakeOver(existing, claimed))
            {
                return Result(DigestTickOutcome.AlreadyDone, "taken over by another run");
            }

            if (existing.State == DeliveryState.Sending)
            {
                logger.LogWarning("Digest {Key} was left 'sending' (the process stopped mid-post): re-sending with the same idempotency key", key);
            }
        }

        store.SaveFingerprints(fingerprints);
        var digest = DigestComposer.Compose(kb, localDate, await ContextAsync(subscription, localDate, tick, ct));
        claimed = claimed with { FaqId = digest.FaqId };
        store.Update(claimed);

        var (publisher, logOnly) = publishers.For(subscription.Platform);
        var png = Chart(digest, subscription.Platform, kb);
        PublishResult result;
        try
        {
            result = await publisher.PublishAsync(subscription.Target, digest, png, key, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // An adapter should return results, but a thrown error (network, bug) must not lose the retry.
            result = PublishResult.Retryable($"{ex.GetType().Name}: {ex.Message}");
        }

        return Settle(subscription, claimed, result, logOnly, now, Result);
    }

    private DigestTickResult Expire(
        DigestSubscription subscription, DigestDelivery? existing, string key, DateOnly localDate, DateTimeOffset dueAt,
        DateTimeOffset now, TimeSpan late, TimeSpan window, Func<DigestTickOutcome, string, DigestTickResult> result)
    {
        var hours = $"{late.TotalHours:0.#} h late, Digest:CatchUpHours is {window.TotalHours:0.#}";
        if (existing is null)
        {
            logger.LogWarning("Digest for {Subscription} on {Date} skipped: due {DueAt:O}, {Late}", subscription.Id, localDate, dueAt, hours);
            store.TryClaim(new DigestDelivery
            {
                Key = key,
                SubscriptionId = subscription.Id,
                LocalDate = localDate,
                DueAt = dueAt,
                State = DeliveryState.Skipped,
                UpdatedAt = now,
                Error = $"missed: {hours}",
            });
            return result(DigestTickOutcome.Skipped, $"missed: {hours}");
        }

        // A post whose outcome is unknown is not re-sent this late: the platform's duplicate guard may have expired.
        logger.LogWarning("Digest {Key} not confirmed and now {Late}: given up without re-sending", key, hours);
        store.Update(existing with { State = DeliveryState.Failed, UpdatedAt = now, NextAttemptAt = null, Error = $"unconfirmed, given up: {hours}" });
        return result(DigestTickOutcome.Failed, $"unconfirmed, given up: {hours}");
    }

    private DigestTickResult Settle(
        DigestSubscription subscription, DigestDelivery claimed, PublishResult result, bool logOnly, DateTimeOffset now,
        Func<DigestTickOutcome, string, DigestTickResult> outcome)
    {
        switch (result.Status)
        {
            case PublishStatus.Ok:
                store.Update(claimed with { State = logOnly ? DeliveryState.Logged : DeliveryState.Sent, UpdatedAt = now, MessageId = result.MessageId, Error = null });
                if (subscription.Status != SubscriptionStatus.Ok)
                {
                    store.Save(subscription with { Status = SubscriptionStatus.Ok, LastError = null, StatusChangedAt = now });
                }

                logger.LogInformation("Digest {Key} {State}", claimed.Key, logOnly ? "logged (no adapter)" : "sent");
                return logOnly
                    ? outcome(DigestTickOutcome.Logged, $"LOG ONLY, not posted: no {subscription.Platform} adapter is configured")
                    : outcome(DigestTickOutcome.Sent, result.MessageId is null ? "posted" : $"posted as {result.MessageId}");

            case PublishStatus.RetryableFailure when claimed.Attempts < options.Value.MaxAttempts:
                var next = now + Backoff(claimed.Attempts);
                store.Update(claimed with { State = DeliveryState.Retrying, UpdatedAt = now, NextAttemptAt = next, Error = result.Error });
                logger.LogWarning("Digest {Key} attempt {Attempt} failed ({Error}); retrying at {Next:O} with the same key", claimed.Key, claimed.Attempts, result.Error, next);
                return outcome(DigestTickOutcome.Retrying, $"{result.Error}; retry at {next:O}");

            default:
                var permanent = result.Status == PublishStatus.PermanentFailure;
                var error = permanent ? result.Error : $"gave up after {claimed.Attempts} attempts: {result.Error}";
                store.Update(claimed with { State = DeliveryState.Failed, UpdatedAt = now, NextAttemptAt = null, Error = error });
                if (permanent)
                {
                    store.Save(subscription with { Status = SubscriptionStatus.Failing, LastError = error, StatusChangedAt = now });
                }

                logger.LogWarning(
                    "Digest {Key} failed: {Error}. {Hint}",
                    claimed.Key, error, permanent ? "The subscription is marked failing; it is tried again at the next day's time, not before." : "");
                return outcome(DigestTickOutcome.Failed, error ?? "failed");
        }
    }

    /// <summary>The outcomes that are a delivery (or its end); "not due", "already done" and "waiting" are not.</summary>
    private static string? DeliveryResult(DigestTickOutcome outcome) => outcome switch
    {
        DigestTickOutcome.Sent => "sent",
        DigestTickOutcome.Logged => "logged",
        DigestTickOutcome.Retrying => "retrying",
        DigestTickOutcome.Failed => "failed",
        DigestTickOutcome.Skipped => "skipped",
        _ => null,
    };

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(30, Math.Pow(2, attempts - 1)));

    private async Task<DigestContext> ContextAsync(DigestSubscription subscription, DateOnly localDate, Tick tick, CancellationToken ct)
    {
        var history = store.Deliveries(subscription.Id, localDate.AddDays(-DigestComposer.FaqRepeatDays));
        var before = history.Where(d => d.LocalDate < localDate).ToList();
        var recentFaqs = before.Where(d => d.MayHavePosted && d.FaqId is not null && d.LocalDate > localDate.AddDays(-DigestComposer.FaqRepeatDays))
            .Select(d => d.FaqId!)
            .ToHashSet(StringComparer.Ordinal);

        // The baseline is the last digest that reached the channel, however long ago; none means a first digest.
        var last = before.FirstOrDefault(d => d.State is DeliveryState.Sent or DeliveryState.Logged)
            ?? store.RecentDeliveries(subscription.Id, 60).FirstOrDefault(d => d.LocalDate < localDate && d.State is DeliveryState.Sent or DeliveryState.Logged);
        var previous = last?.KnowledgeVersion is { } version ? store.Fingerprints(version)?.Entries : null;

        var news = subscription.Sections.HasFlag(DigestSections.Headlines)
            ? tick.Headlines ??= await headlines.FetchAsync(ct)
            : [];
        return new DigestContext
        {
            RecentFaqIds = recentFaqs,
            PreviousFingerprints = previous,
            Headlines = news,
            Sections = subscription.Sections,
            Lang = DigestLanguage.For(subscription, channelSettings),
        };
    }

    private byte[]? Chart(Bot.Core.Digest.Digest digest, string platform, Bot.Core.Knowledge.KnowledgeBase kb)
    {
        if (digest.Chart is not { } request)
        {
            return null;
        }

        try
        {
            return ChartRenderer.Render(kb, request, DigestChartThemes.For(platform), digest.Lang);
        }
        catch (Exception ex)
        {
            // A digest without its picture beats no digest.
            logger.LogWarning(ex, "Chart for {Series} could not be drawn; posting the digest without it", request.SeriesId);
            return null;
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>What is computed at most once per tick, whatever the number of channels.</summary>
    private sealed class Tick(DateTimeOffset now)
    {
        public DateTimeOffset Now { get; } = now;

        public KnowledgeFingerprints? Fingerprints { get; set; }

        public IReadOnlyList<Bot.Core.Digest.Headline>? Headlines { get; set; }
    }
}
