using Bot.Core.Abstractions;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

/// <summary>The LiteDB stores over a file in a temp folder (deleted with the first instance).</summary>
public sealed class LiteDbUnderTest : StorageUnderTest
{
    private readonly TempStorage? _owned;

    public LiteDbUnderTest(bool logQuestionText = true, TimeSpan? conversationTtl = null)
        : this(new TempStorage(), logQuestionText, conversationTtl)
    {
    }

    private LiteDbUnderTest(TempStorage temp, bool logQuestionText, TimeSpan? conversationTtl)
        : base(temp.Options(logQuestionText, conversationTtl))
    {
        _owned = temp;
        Db = TempStorage.Open(Options);
    }

    private LiteDbUnderTest(StorageOptions options)
        : base(options) => Db = TempStorage.Open(options);

    public LiteDbContext Db { get; }

    public override IStorageHealth Health => Db;

    public override StorageUnderTest Reopen() => new LiteDbUnderTest(Options);

    public override LiteDbQueryLog QueryLog() => TempStorage.QueryLog(Db, Options);

    public override IConversationBatchStore Conversations(TimeProvider time) => TempStorage.Conversations(Db, Options, time);

    public override IDeliveryDeduplicator Deduplicator(TimeProvider time) => new LiteDbDeliveryDeduplicator(Db, time, new ListLogger<LiteDbDeliveryDeduplicator>());

    public override IDigestStore Digest() => new LiteDbDigestStore(Db);

    public override IFeedbackStore Feedback(TimeProvider time) => new LiteDbFeedbackStore(Db, time, new ListLogger<LiteDbFeedbackStore>());

    public override IChannelSettingsStore ChannelSettings() => new LiteDbChannelSettingsStore(Db);

    public override IFollowedThreads FollowedThreads(TimeProvider time) => new LiteDbFollowedThreads(Db, time, new ListLogger<LiteDbFollowedThreads>());

    public override IEmbeddingCache Embeddings() => new LiteDbEmbeddingCache(Db);

    public override int Stored(StoredKind kind) => kind switch
    {
        StoredKind.Conversations => Db.Conversations.Count(),
        StoredKind.DeliveryClaims => Db.Deliveries.Count(),
        _ => Db.Collection<FollowedThreadDocument>(LiteDbFollowedThreads.CollectionName).Count(),
    };

    public override void Dispose()
    {
        Db.Dispose();
        _owned?.Dispose();
    }
}
