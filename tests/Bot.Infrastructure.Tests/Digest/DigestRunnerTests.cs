using System.Diagnostics.Metrics;
using System.Globalization;
using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Digest;
using Bot.Core.Telemetry;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Tests.Digest;

public sealed class DigestRunnerTests : IDisposable
{
    // 08:00 in Seoul on 22 June 2026 (the treaty's 61st anniversary) is 23:00 UTC on 21 June.
    private static readonly DateTimeOffset DueSeoul = new(2026, 6, 21, 23, 0, 0, TimeSpan.Zero);
    private const string Key = "discord:C1:2026-06-22";

    private readonly TempStorage _storage = new();

    public void Dispose() => _storage.Dispose();

    private static DigestOptions Options(string time = "08:00", string zone = "Asia/Seoul", string platform = "discord", int catchUpHours = 6) => new()
    {
        CatchUpHours = catchUpHours,
        Subscriptions = [new DigestSubscriptionOptions { Platform = platform, Workspace = "G1", Channel = "C1", Time = time, TimeZone = zone }],
    };

    [Fact]
    public async Task TickAsync_BeforeAtAndAfterTheTime_PostsOnceWithTheDateKey()
    {
        var publisher = new RecordingPublisher();
        using var harness = new RunnerHarness(_storage, Options(), publisher);

        var before = await harness.Runner.TickAsync(DueSeoul.AddSeconds(-1), default);
        var at = await harness.Runner.TickAsync(DueSeoul, default);
        var after = await harness.Runner.TickAsync(DueSeoul.AddMinutes(1), default);

        // A second before 08:00 the last due time is the day before's, long past the catch-up window: nothing posted.
        Assert.Equal(DigestTickOutcome.Skipped, Assert.Single(before).Outcome);
        Assert.Equal(DigestTickOutcome.Sent, Assert.Single(at).Outcome);
        Assert.Equal(DigestTickOutcome.AlreadyDone, Assert.Single(after).Outcome);
        var call = Assert.Single(publisher.Calls, c => c.Key == Key);
        Assert.Equal(new DigestTarget("discord", "G1", "C1"), call.Target);
        Assert.Contains("Treaty on Basic Relations", call.Digest.ToText(), StringComparison.Ordinal);
        Assert.NotNull(call.Chart);
        var delivery = harness.Store.Delivery(Key)!;
        Assert.Equal(DeliveryState.Sent, delivery.State);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(DueSeoul, delivery.DueAt);
    }

    [Fact]
    public async Task TickAsync_SendingRecordOfTheSameTick_LeftToTheRunPostingIt()
    {
        var publisher = new RecordingPublisher();
        using (var crashing = new RunnerHarness(_storage, Options(), publisher, wrapStore: s => new CrashBeforeSentStore(s)))
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.Runner.TickAsync(DueSeoul, default));
        }

        // Another replica at the same instant finds the record 'sending': from where it stands, the first run is still posting.
        using var other = new RunnerHarness(_storage, Options(), publisher);
        var result = Assert.Single(await other.Runner.TickAsync(DueSeoul, default));

        Assert.Equal(DigestTickOutcome.AlreadyDone, result.Outcome);
        Assert.Equal("being sent by another run", result.Detail);
        Assert.Single(publisher.Calls);
        Assert.Equal(1, other.Store.Delivery(Key)!.Attempts);
    }

    [Fact]
    public async Task TickAsync_CrashAfterSendBeforeSentRecord_RestartResendsWithTheSameKeyAndNoSecondPost()
    {
        var publisher = new RecordingPublisher();
        using (var crashing = new RunnerHarness(_storage, Options(), publisher, wrapStore: s => new CrashBeforeSentStore(s)))
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.Runner.TickAsync(DueSeoul, default));
            Assert.Equal(DeliveryState.Sending, crashing.Store.Delivery(Key)!.State);
        }

        // A new process on the same database file.
        using var restarted = new RunnerHarness(_storage, Options(), publisher);
        var result = Assert.Single(await restarted.Runner.TickAsync(DueSeoul.AddMinutes(1), default));
        var again = Assert.Single(await restarted.Runner.TickAsync(DueSeoul.AddMinutes(2), default));

        Assert.Equal(DigestTickOutcome.Sent, result.Outcome);
        Assert.Equal(DigestTickOutcome.AlreadyDone, again.Outcome);
        Assert.Equal([Key, Key], publisher.Calls.Select(c => c.Key));
        Assert.Single(publisher.Posts);
        var delivery = restarted.Store.Delivery(Key)!;
        Assert.Equal(DeliveryState.Sent, delivery.State);
        Assert.Equal(2, delivery.Attempts);
        Assert.Contains(restarted.Logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("same idempotency key", StringComparison.Ordinal));
        // The re-send says what the first attempt said.
        var calls = publisher.Calls.ToArray();
        Assert.Equal(calls[0].Digest.ToText(), calls[1].Digest.ToText());
    }

    [Fact]
    public async Task TickAsync_FourReplicasFindTheSameAbandonedRecordAtOnce_OnlyOneResends()
    {
        var publisher = new RecordingPublisher();
        using (var crashing = new RunnerHarness(_storage, Options(), publisher, wrapStore: s => new CrashBeforeSentStore(s)))
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.Runner.TickAsync(DueSeoul, default));
        }

        // Four processes on the same file tick at the same instant, a minute later: the record is abandoned for all of them.
        var replicas = Enumerable.Range(0, 4).Select(_ => new RunnerHarness(_storage, Options(), publisher)).ToArray();
        try
        {
            using var start = new Barrier(replicas.Length);
            var results = await Task.WhenAll(replicas.Select(r => Task.Run(async () =>
            {
                start.SignalAndWait();
                return Assert.Single(await r.Runner.TickAsync(DueSeoul.AddMinutes(1), default));
            })));

            Assert.Single(results, r => r.Outcome == DigestTickOutcome.Sent);
            Assert.All(results.Where(r => r.Outcome != DigestTickOutcome.Sent), r => Assert.Equal(DigestTickOutcome.AlreadyDone, r.Outcome));
            Assert.Equal(2, publisher.Calls.Count);
            var delivery = replicas[0].Store.Delivery(Key)!;
            Assert.Equal(DeliveryState.Sent, delivery.State);
            Assert.Equal(2, delivery.Attempts);
        }
        finally
        {
            foreach (var replica in replicas)
            {
                replica.Dispose();
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    [InlineData(5 * 60 + 59)]
    [InlineData(6 * 60)]
    public async Task TickAsync_BackWithinTheCatchUpWindow_PostsLate(int minutesLate)
    {
        var publisher = new RecordingPublisher();
        using var harness = new RunnerHarness(_storage, Options(), publisher);

        var result = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddMinutes(minutesLate), default));

        Assert.Equal(DigestTickOutcome.Sent, result.Outcome);
        Assert.Single(publisher.Calls);
    }

    [Fact]
    public async Task TickAsync_BackAfterTheCatchUpWindow_SkipsLogsAndPostsTheNextDay()
    {
        var publisher = new RecordingPublisher();
        using var harness = new RunnerHarness(_storage, Options(), publisher);

        var late = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddHours(6).AddMinutes(1), default));
        var later = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddHours(10), default));
        var nextDay = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddDays(1), default));

        Assert.Equal(DigestTickOutcome.Skipped, late.Outcome);
        Assert.Equal(DigestTickOutcome.AlreadyDone, later.Outcome);
        Assert.Equal(DeliveryState.Skipped, harness.Store.Delivery(Key)!.State);
        Assert.Contains(harness.Logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("skipped", StringComparison.Ordinal) && e.Message.Contains("CatchUpHours", StringComparison.Ordinal));
        Assert.Equal(DigestTickOutcome.Sent, nextDay.Outcome);
        Assert.Equal(["discord:C1:2026-06-23"], publisher.Calls.Select(c => c.Key));
    }

    [Fact]
    public async Task TickAsync_SendingRecordFoundPastTheWindow_GivenUpNotResent()
    {
        var publisher = new RecordingPublisher();
        using (var crashing = new RunnerHarness(_storage, Options(), publisher, wrapStore: s => new CrashBeforeSentStore(s)))
        {
            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.Runner.TickAsync(DueSeoul, default));
        }

        using var restarted = new RunnerHarness(_storage, Options(), publisher);
        var result = Assert.Single(await restarted.Runner.TickAsync(DueSeoul.AddHours(7), default));

        Assert.Equal(DigestTickOutcome.Failed, result.Outcome);
        Assert.Single(publisher.Calls);
        Assert.Equal(DeliveryState.Failed, restarted.Store.Delivery(Key)!.State);
    }

    [Fact]
    public async Task TickAsync_RetryableFailure_RetriedLaterWithTheSameKey()
    {
        var publisher = new RecordingPublisher();
        publisher.Script.Enqueue(PublishResult.Retryable("discord 503"));
        using var harness = new RunnerHarness(_storage, Options(), publisher);

        var first = Assert.Single(await harness.Runner.TickAsync(DueSeoul, default));
        var tooSoon = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddSeconds(30), default));
        var retried = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddMinutes(1), default));

        Assert.Equal(DigestTickOutcome.Retrying, first.Outcome);
        Assert.Equal(DigestTickOutcome.Waiting, tooSoon.Outcome);
        Assert.Equal(DigestTickOutcome.Sent, retried.Outcome);
        Assert.Equal([Key, Key], publisher.Calls.Select(c => c.Key));
        Assert.Equal(2, harness.Store.Delivery(Key)!.Attempts);
    }

    [Fact]
    public async Task TickAsync_RetryThenSent_CountsEachDeliveryResultByPlatformAndNothingForWaitingOrDone()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = services.GetRequiredService<IMeterFactory>();
        using var deliveries = new MetricCollector<long>(meters, BotMeters.Digest, "jkbot.digest.deliveries");
        var publisher = new RecordingPublisher();
        publisher.Script.Enqueue(PublishResult.Retryable("discord 503"));
        using var harness = new RunnerHarness(_storage, Options(), publisher, metrics: new DigestMetrics(meters));

        await harness.Runner.TickAsync(DueSeoul, default);
        await harness.Runner.TickAsync(DueSeoul.AddSeconds(30), default);
        await harness.Runner.TickAsync(DueSeoul.AddMinutes(1), default);
        await harness.Runner.TickAsync(DueSeoul.AddMinutes(2), default);

        Assert.Equal(
            ["platform=discord,result=retrying", "platform=discord,result=sent"],
            deliveries.GetMeasurementSnapshot().Select(m => string.Join(',', m.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"))));
        Assert.All(deliveries.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public async Task TickAsync_RetryableEveryTime_GivesUpAfterMaxAttempts()
    {
        var publisher = new RecordingPublisher();
        for (var i = 0; i < 10; i++)
        {
            publisher.Script.Enqueue(PublishResult.Retryable("discord 500"));
        }

        var options = Options();
        options.MaxAttempts = 3;
        using var harness = new RunnerHarness(_storage, options, publisher);

        for (var minute = 0; minute <= 60; minute++)
        {
            await harness.Runner.TickAsync(DueSeoul.AddMinutes(minute), default);
        }

        Assert.Equal(3, publisher.Calls.Count);
        Assert.Equal(DeliveryState.Failed, harness.Store.Delivery(Key)!.State);
    }

    [Fact]
    public async Task TickAsync_PermanentFailure_MarksFailingWithoutRetryStormAndTriesOnceNextDay()
    {
        var publisher = new RecordingPublisher();
        publisher.Script.Enqueue(PublishResult.Permanent("discord 403: Missing Access"));
        using var harness = new RunnerHarness(_storage, Options(), publisher);

        for (var minute = 0; minute < 120; minute++)
        {
            await harness.Runner.TickAsync(DueSeoul.AddMinutes(minute), default);
        }

        var failing = harness.Store.Subscription("discord", "C1")!;
        Assert.Single(publisher.Calls);
        Assert.Equal(SubscriptionStatus.Failing, failing.Status);
        Assert.Equal("discord 403: Missing Access", failing.LastError);
        Assert.Contains(harness.Logger.Entries, e => e.Message.Contains("marked failing", StringComparison.Ordinal));

        // The bot is let back into the channel: the next day's attempt succeeds and clears the status.
        var nextDay = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddDays(1), default));
        Assert.Equal(DigestTickOutcome.Sent, nextDay.Outcome);
        Assert.Equal(SubscriptionStatus.Ok, harness.Store.Subscription("discord", "C1")!.Status);
    }

    [Fact]
    public async Task TickAsync_PublisherThrows_TreatedAsRetryable()
    {
        using var harness = new RunnerHarness(_storage, Options(), new ThrowingPublisher());

        var result = Assert.Single(await harness.Runner.TickAsync(DueSeoul, default));

        Assert.Equal(DigestTickOutcome.Retrying, result.Outcome);
        Assert.Contains("HttpRequestException", harness.Store.Delivery(Key)!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TickAsync_NoAdapterForThePlatform_LoggedOnlyAndSaysSo()
    {
        var output = new StringWriter();
        using var harness = new RunnerHarness(_storage, Options(platform: "slack"), publisher: new RecordingPublisher(), logOnlyOutput: output);

        var result = Assert.Single(await harness.Runner.TickAsync(DueSeoul, default));
        var again = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddMinutes(1), default));

        Assert.Equal(DigestTickOutcome.Logged, result.Outcome);
        Assert.Contains("not posted", result.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DigestTickOutcome.AlreadyDone, again.Outcome);
        Assert.Equal(DeliveryState.Logged, harness.Store.Delivery("slack:C1:2026-06-22")!.State);
        Assert.Contains("LOG ONLY, NOT POSTED", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Treaty on Basic Relations", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TickAsync_NewYorkAcrossSpringForwardAndFallBack_OncePerLocalDateAtLocalTime()
    {
        var publisher = new RecordingPublisher();
        using var harness = new RunnerHarness(_storage, Options(time: "08:00", zone: "America/New_York"), publisher);
        var sentAt = new List<DateTimeOffset>();

        foreach (var (from, to) in new[] { ("2026-03-07T00:00:00Z", "2026-03-10T00:00:00Z"), ("2026-10-31T00:00:00Z", "2026-11-03T00:00:00Z") })
        {
            for (var now = Parse(from); now < Parse(to); now = now.AddMinutes(15))
            {
                if ((await harness.Runner.TickAsync(now, default)).Any(r => r.Outcome == DigestTickOutcome.Sent))
                {
                    sentAt.Add(now);
                }
            }
        }

        Assert.Equal(
            ["2026-03-07T13:00:00Z", "2026-03-08T12:00:00Z", "2026-03-09T12:00:00Z", "2026-10-31T12:00:00Z", "2026-11-01T13:00:00Z", "2026-11-02T13:00:00Z"],
            sentAt.Select(t => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        Assert.Equal(6, publisher.Calls.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public async Task TickAsync_SameRotationDayWithin30Days_FaqSpotlightNotRepeated()
    {
        var publisher = new RecordingPublisher();
        using var harness = new RunnerHarness(_storage, Options(), publisher);
        var faqCount = RepositoryKnowledge.Current.Faqs.Count;

        await harness.Runner.TickAsync(DueSeoul, default);
        // The same rotation start comes back after faqCount days; the channel's history must push it on.
        await harness.Runner.TickAsync(DueSeoul.AddDays(faqCount), default);

        var faqs = publisher.Calls.Select(c => c.Digest.FaqId).ToList();
        Assert.Equal(2, faqs.Count);
        Assert.NotNull(faqs[0]);
        Assert.NotEqual(faqs[0], faqs[1]);
    }

    [Fact]
    public async Task TickAsync_KnowledgeEditedBetweenDigests_NextDigestSaysWhatChanged()
    {
        var publisher = new RecordingPublisher();
        var kb = RepositoryKnowledge.Current;
        var knowledge = new SwappableKnowledge(kb);
        using var harness = new RunnerHarness(_storage, Options(), publisher, knowledge);

        await harness.Runner.TickAsync(DueSeoul, default);
        var added = new TimelineEvent("test-summit-2026", new PartialDate(2026, 2, 20), null, null, "A summit added by a curator", "Summary.", "Significance.", [], [], [], [kb.Sources.Keys.First()], Flag.V);
        knowledge.Current = new KnowledgeBase(kb.Sources.Values, kb.Timeline.Append(added), kb.Statistics, kb.Faqs, kb.Glossary);
        await harness.Runner.TickAsync(DueSeoul.AddDays(1), default);
        await harness.Runner.TickAsync(DueSeoul.AddDays(2), default);

        var digests = publisher.Calls.Select(c => c.Digest).ToList();
        Assert.Null(digests[0].Section(DigestSectionNames.Changes));
        Assert.Contains("New timeline event: A summit added by a curator", digests[1].Section(DigestSectionNames.Changes)!.Body, StringComparison.Ordinal);
        Assert.Null(digests[2].Section(DigestSectionNames.Changes));
    }

    [Fact]
    public async Task SyncConfiguredSubscriptions_ConfigChanges_FollowedWithoutTouchingCommandSubscriptions()
    {
        using var harness = new RunnerHarness(_storage, Options());
        harness.Store.Save(new DigestSubscription { Platform = "slack", Channel = "C9", Time = new TimeOnly(9, 0), Origin = SubscriptionOrigin.Command });
        harness.Runner.SyncConfiguredSubscriptions();
        Assert.Equal(["discord:C1", "slack:C9"], harness.Store.Subscriptions().Select(s => s.Id));
        await Task.CompletedTask;

        // Restart with C1 gone from configuration and C9 also configured (the admin's own subscription wins).
        var changed = new DigestOptions { Subscriptions = [new DigestSubscriptionOptions { Platform = "slack", Channel = "C9", Time = "06:00" }] };
        Bot.Infrastructure.Digest.ConfiguredSubscriptions.Apply(harness.Store, changed);

        var only = Assert.Single(harness.Store.Subscriptions());
        Assert.Equal("slack:C9", only.Id);
        Assert.Equal(new TimeOnly(9, 0), only.Time);
        Assert.Equal(SubscriptionOrigin.Command, only.Origin);
    }

    [Fact]
    public async Task TickAsync_SubscribedByCommandAfterTodaysTime_StartsTomorrowWithoutASkip()
    {
        var publisher = new RecordingPublisher();
        using var harness = new RunnerHarness(_storage, new DigestOptions(), publisher);
        harness.Store.Save(new DigestSubscription { Platform = "discord", Channel = "C2", Time = new TimeOnly(8, 0), CreatedAt = DueSeoul.AddMinutes(30) });

        var today = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddMinutes(31), default));
        var tomorrow = Assert.Single(await harness.Runner.TickAsync(DueSeoul.AddDays(1), default));

        Assert.Equal(DigestTickOutcome.NotDue, today.Outcome);
        Assert.Null(harness.Store.Delivery("discord:C2:2026-06-22"));
        Assert.Equal(DigestTickOutcome.Sent, tomorrow.Outcome);
    }

    private static DateTimeOffset Parse(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private sealed class ThrowingPublisher : Bot.Core.Abstractions.IDigestPublisher
    {
        public string Platform => "discord";

        public Task<PublishResult> PublishAsync(DigestTarget target, Bot.Core.Digest.Digest digest, byte[]? chartPng, string idempotencyKey, CancellationToken ct) =>
            throw new HttpRequestException("connection reset");
    }
}
