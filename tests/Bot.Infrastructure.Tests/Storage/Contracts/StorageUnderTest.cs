using Bot.Core.Abstractions;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

/// <summary>
/// One provider's stores over one database, for the contract tests: the same test body runs against a LiteDB file in a temp
/// folder and against a schema of the real PostgreSQL test server.
/// </summary>
public abstract class StorageUnderTest : IDisposable
{
    protected StorageUnderTest(StorageOptions options) => Options = options;

    public StorageOptions Options { get; }

    public abstract IStorageHealth Health { get; }

    /// <summary>Another connection to the same database: a second process, or this one after a restart.</summary>
    public abstract StorageUnderTest Reopen();

    public abstract IQueryLogStore QueryLog();

    public abstract IConversationBatchStore Conversations(TimeProvider time);

    public abstract IDeliveryDeduplicator Deduplicator(TimeProvider time);

    public abstract IDigestStore Digest();

    public abstract IFeedbackStore Feedback(TimeProvider time);

    public abstract IChannelSettingsStore ChannelSettings();

    public abstract IFollowedThreads FollowedThreads(TimeProvider time);

    public abstract IEmbeddingCache Embeddings();

    /// <summary>How many rows (documents) the database keeps of <paramref name="kind"/>, whatever the stores would still return.</summary>
    public abstract int Stored(StoredKind kind);

    public abstract void Dispose();
}

/// <summary>What <see cref="StorageUnderTest.Stored"/> counts: the things that expire and must also leave the database.</summary>
public enum StoredKind
{
    Conversations,
    DeliveryClaims,
    FollowedThreads,
}
