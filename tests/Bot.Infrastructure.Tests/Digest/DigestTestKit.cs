using System.Collections.Concurrent;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Tests.Digest;

/// <summary>
/// Stands in for an adapter: records every call with its idempotency key and, like Discord with <c>nonce</c> +
/// <c>enforce_nonce</c>, turns a repeat of a key it has seen into a no-op instead of a second post.
/// </summary>
public sealed class RecordingPublisher(string platform = Platforms.Discord) : IDigestPublisher
{
    public string Platform { get; } = platform;

    public ConcurrentQueue<(string Key, DigestTarget Target, Bot.Core.Digest.Digest Digest, byte[]? Chart)> Calls { get; } = new();

    public ConcurrentDictionary<string, Bot.Core.Digest.Digest> Posts { get; } = new();

    /// <summary>What the next calls return, in order; Ok once the queue is empty.</summary>
    public ConcurrentQueue<PublishResult> Script { get; } = new();

    public TaskCompletionSource FirstCall { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<PublishResult> PublishAsync(DigestTarget target, Bot.Core.Digest.Digest digest, byte[]? chartPng, string idempotencyKey, CancellationToken ct)
    {
        Calls.Enqueue((idempotencyKey, target, digest, chartPng));
        FirstCall.TrySetResult();
        var result = Script.TryDequeue(out var scripted) ? scripted : PublishResult.Ok($"m-{Calls.Count}");
        if (result.Status == PublishStatus.Ok)
        {
            Posts.TryAdd(idempotencyKey, digest);
        }

        return Task.FromResult(result);
    }
}

/// <summary>A store that dies right after the post, before the "sent" record: what a crash between the two steps leaves.</summary>
public sealed class CrashBeforeSentStore(IDigestStore inner) : IDigestStore
{
    public IReadOnlyList<DigestSubscription> Subscriptions() => inner.Subscriptions();
    public DigestSubscription? Subscription(string platform, string channel) => inner.Subscription(platform, channel);
    public void Save(DigestSubscription subscription) => inner.Save(subscription);
    public bool Remove(string platform, string channel) => inner.Remove(platform, channel);
    public DigestDelivery? Delivery(string key) => inner.Delivery(key);
    public bool TryClaim(DigestDelivery delivery) => inner.TryClaim(delivery);
    public bool TryTakeOver(DigestDelivery seen, DigestDelivery claimed) => inner.TryTakeOver(seen, claimed);

    public void Update(DigestDelivery delivery)
    {
        if (delivery.State == DeliveryState.Sent)
        {
            throw new SimulatedCrashException();
        }

        inner.Update(delivery);
    }

    public IReadOnlyList<DigestDelivery> Deliveries(string subscriptionId, DateOnly since) => inner.Deliveries(subscriptionId, since);
    public IReadOnlyList<DigestDelivery> RecentDeliveries(string subscriptionId, int count) => inner.RecentDeliveries(subscriptionId, count);
    public void SaveFingerprints(KnowledgeFingerprints fingerprints) => inner.SaveFingerprints(fingerprints);
    public KnowledgeFingerprints? Fingerprints(string version) => inner.Fingerprints(version);
}

public sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("process killed between the post and the 'sent' record")
    {
    }
}

/// <summary>Headlines that never come from the network.</summary>
public sealed class NoHeadlines : IHeadlineSource
{
    public Task<IReadOnlyList<Headline>> FetchAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<Headline>>([]);
}

/// <summary>A knowledge provider a test can swap, as a hot reload would.</summary>
public sealed class SwappableKnowledge(KnowledgeBase kb) : IKnowledgeProvider
{
    public KnowledgeBase Current { get; set; } = kb;
}

/// <summary>A runner on a real LiteDB file; dispose and build another on the same file to simulate a restart.</summary>
public sealed class RunnerHarness : IDisposable
{
    public RunnerHarness(
        TempStorage storage,
        DigestOptions options,
        IDigestPublisher? publisher = null,
        IKnowledgeProvider? knowledge = null,
        Func<IDigestStore, IDigestStore>? wrapStore = null,
        TextWriter? logOnlyOutput = null,
        Bot.Core.Telemetry.DigestMetrics? metrics = null)
    {
        Db = TempStorage.Open(storage.Options());
        Store = new LiteDbDigestStore(Db);
        Logger = new ListLogger<DigestRunner>();
        LogOnly = new LogOnlyDigestPublisher(new ListLogger<LogOnlyDigestPublisher>(), logOnlyOutput);
        Runner = new DigestRunner(
            knowledge ?? new FixedKnowledgeProvider(RepositoryKnowledge.Current),
            wrapStore is null ? Store : wrapStore(Store),
            new DigestPublishers(publisher is null ? [] : [publisher], LogOnly),
            new NoHeadlines(),
            Options.Create(options),
            Logger,
            metrics);
    }

    public LiteDbContext Db { get; }

    public LiteDbDigestStore Store { get; }

    public DigestRunner Runner { get; }

    public ListLogger<DigestRunner> Logger { get; }

    public LogOnlyDigestPublisher LogOnly { get; }

    public void Dispose()
    {
        Runner.Dispose();
        Db.Dispose();
    }
}
