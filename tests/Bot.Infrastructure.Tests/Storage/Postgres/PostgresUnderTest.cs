using Bot.Core.Abstractions;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using Bot.Infrastructure.Tests.Storage.Contracts;
using Npgsql;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Infrastructure.Tests.Storage.Postgres;

/// <summary>The PostgreSQL stores over a fresh schema of the test server.</summary>
public sealed class PostgresUnderTest : StorageUnderTest
{
    public PostgresUnderTest(PostgresCluster cluster, bool logQuestionText = true, TimeSpan? conversationTtl = null)
        : this(new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            ConnectionString = cluster.NewSchema(),
            LogQuestionText = logQuestionText,
            ConversationTtl = conversationTtl ?? TimeSpan.FromMinutes(30),
        })
    {
    }

    private PostgresUnderTest(StorageOptions options)
        : base(options) => Db = new PostgresDatabase(MsOptions.Create(options), Logger);

    public PostgresDatabase Db { get; }

    public ListLogger<PostgresDatabase> Logger { get; } = new();

    public override IStorageHealth Health => Db;

    public override StorageUnderTest Reopen() => new PostgresUnderTest(Options);

    public override IQueryLogStore QueryLog() => new PostgresQueryLog(Db, MsOptions.Create(Options), new ListLogger<PostgresQueryLog>());

    public override IConversationBatchStore Conversations(TimeProvider time) =>
        new PostgresConversationStore(Db, MsOptions.Create(Options), time, new ListLogger<PostgresConversationStore>());

    public override IDeliveryDeduplicator Deduplicator(TimeProvider time) => new PostgresDeliveryDeduplicator(Db, time, new ListLogger<PostgresDeliveryDeduplicator>());

    public override IDigestStore Digest() => new PostgresDigestStore(Db);

    public override IFeedbackStore Feedback(TimeProvider time) => new PostgresFeedbackStore(Db, time, new ListLogger<PostgresFeedbackStore>());

    public override IChannelSettingsStore ChannelSettings() => new PostgresChannelSettingsStore(Db);

    public override IFollowedThreads FollowedThreads(TimeProvider time) => new PostgresFollowedThreads(Db, time, new ListLogger<PostgresFollowedThreads>());

    public override IEmbeddingCache Embeddings() => new PostgresEmbeddingCache(Db);

    public override int Stored(StoredKind kind)
    {
        var table = kind switch
        {
            StoredKind.Conversations => "conversations",
            StoredKind.DeliveryClaims => "delivery_claims",
            _ => "followed_threads",
        };
        using var connection = new NpgsqlConnection(Options.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override void Dispose() => Db.Dispose();
}
