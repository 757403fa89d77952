using Bot.Infrastructure.Storage.Postgres;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// <c>db copy</c>: moves a LiteDB deployment into PostgreSQL through the PostgreSQL stores themselves, batch by batch. Every row
/// is keyed (query log entries by their LiteDB id), so the copy is idempotent: run it again after an interruption and it
/// completes what is missing without doubling anything. The LiteDB file is only read (shared mode: the bot may still run).
/// </summary>
public sealed class LiteDbToPostgresCopy(string liteDbPath, string connectionString)
{
    private const int BatchSize = 500;

    /// <summary>Copies every collection; reports progress per batch. Throws <see cref="IOException"/> when the database fails midway (run it again to resume).</summary>
    public CopyTotals Run(IProgress<CopyProgress>? progress = null)
    {
        if (!File.Exists(liteDbPath))
        {
            throw new FileNotFoundException($"'{Path.GetFullPath(liteDbPath)}' does not exist: give the LiteDB file the bot used (Storage:Path).");
        }

        var options = Options.Create(new StorageOptions
        {
            Provider = StorageProvider.Postgres,
            Path = liteDbPath,
            ConnectionString = connectionString,
        });
        using var source = new LiteDbContext(options);
        using var target = new PostgresDatabase(options);
        target.Migrate();
        var time = TimeProvider.System;
        var totals = new CopyTotals();
        var log = new PostgresQueryLog(target, options, NullLogger<PostgresQueryLog>.Instance);
        var conversations = new PostgresConversationStore(target, options, time, NullLogger<PostgresConversationStore>.Instance);
        var feedback = new PostgresFeedbackStore(target, time, NullLogger<PostgresFeedbackStore>.Instance);
        var claims = new PostgresDeliveryDeduplicator(target, time, NullLogger<PostgresDeliveryDeduplicator>.Instance);
        var threads = new PostgresFollowedThreads(target, time, NullLogger<PostgresFollowedThreads>.Instance);
        var settings = new PostgresChannelSettingsStore(target);
        var digest = new PostgresDigestStore(target);
        var embeddings = new PostgresEmbeddingCache(target);

        void Copy<T>(string name, ILiteCollection<T> collection, Action<IReadOnlyList<T>> write)
        {
            var total = collection.Count();
            var done = 0;
            progress?.Report(new CopyProgress(name, 0, total));
            foreach (var batch in collection.FindAll().Chunk(BatchSize))
            {
                write(batch);
                // The stores degrade instead of throwing; an outage opened by this batch means it did not land.
                if (target.Outage.IsOpen)
                {
                    throw new IOException($"{target.Description} stopped taking writes while copying {name} ({done} of {total} done): run db copy again to resume.");
                }

                done += batch.Length;
                progress?.Report(new CopyProgress(name, done, total));
            }

            totals.Add(name, done);
        }

        Copy("query log", source.QueryLog, b => log.Copy([.. b.Select(d => (d.Id, d.ToEntry()))]));
        Copy("conversations", source.Conversations, b => conversations.SetMany([.. b.Select(d => (d.Key, d.ToState(), d.UpdatedAtUtc))]));
        Copy("feedback", source.Feedback, b => Each(b, d => feedback.Upsert(d.Platform, d.AnswerId, d.UserId, d.Helpful, StoredTime.Read(d.Time), d.Reason, d.ReasonText)));
        Copy("delivery claims", source.Deliveries, b => Each(b, d => claims.Copy(d.Key, StoredTime.Read(d.ClaimedAt), StoredTime.Read(d.ExpiresAt))));
        Copy("followed threads", source.Collection<FollowedThreadDocument>(LiteDbFollowedThreads.CollectionName), b => Each(b, d =>
        {
            var left = StoredTime.Read(d.Until) - time.GetUtcNow();
            if (left > TimeSpan.Zero)
            {
                threads.Follow(d.Platform, d.Thread, d.ParentChannel, left);
            }
        }));
        Copy("channel settings", source.Collection<ChannelSettingsDocument>(LiteDbChannelSettingsStore.CollectionName), b => Each(b, d => settings.Save(d.ToSettings())));
        Copy("digest subscriptions", source.Collection<DigestSubscriptionDocument>(LiteDbDigestStore.SubscriptionCollection), b => Each(b, d => digest.Save(d.ToSubscription())));
        Copy("digest deliveries", source.Collection<DigestDeliveryDocument>(LiteDbDigestStore.DeliveryCollection), b => Each(b, d => digest.TryClaim(d.ToDelivery())));
        Copy("digest fingerprints", source.Collection<KnowledgeFingerprintDocument>(LiteDbDigestStore.FingerprintCollection), b => Each(b, d => digest.SaveFingerprints(d.ToFingerprints())));
        Copy("embeddings", source.Embeddings, b =>
        {
            // Passage vectors only: gap vectors derive from question text and are re-made by the next report when needed.
            foreach (var model in b.Where(d => d.LastUsed is null).GroupBy(d => d.Model, StringComparer.Ordinal))
            {
                embeddings.Store(model.Key, [.. model.Select(d => (d.ContentHash, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(d.Vector).ToArray()))]);
            }
        });
        return totals;
    }

    private static void Each<T>(IEnumerable<T> batch, Action<T> write)
    {
        foreach (var item in batch)
        {
            write(item);
        }
    }
}

/// <summary>How far <see cref="LiteDbToPostgresCopy"/> has got in one collection.</summary>
public readonly record struct CopyProgress(string Collection, int Done, int Total);

/// <summary>Rows copied per collection (already present rows included: the copy cannot tell them apart, and need not).</summary>
public sealed class CopyTotals
{
    private readonly List<(string Collection, int Rows)> _rows = [];

    public IReadOnlyList<(string Collection, int Rows)> Rows => _rows;

    internal void Add(string collection, int rows) => _rows.Add((collection, rows));
}
