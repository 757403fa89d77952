using System.Collections.Concurrent;
using Bot.Core.Abstractions;
using Bot.Core.Admin;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// Per-channel settings in PostgreSQL. Reading never fails a question: while the database cannot be read the defaults apply.
/// Saving is not swallowed: an admin who changes a setting must hear that it was not saved.
/// </summary>
/// <remarks>
/// Every question asks for two rows (the channel's and the workspace's), and nearly always finds none: reads are kept for
/// <see cref="CacheFor"/>, absent rows included, so a question costs no round trip for them (issue 16). A save here is seen
/// here at once; it also sends <c>NOTIFY jkbot_settings</c>, on which every other replica of <c>serve</c> forgets that row
/// (<see cref="Cluster.KnowledgeReloadFanOut"/> listens), so a change reaches the others in milliseconds, and within
/// <see cref="CacheFor"/> even when a notice is lost (a replica reconnecting, a CLI process that does not listen).
/// </remarks>
public sealed class PostgresChannelSettingsStore(PostgresDatabase db, TimeProvider? time = null) : IChannelSettingsStore
{
    /// <summary>The channel other replicas are told on, with the changed row's key as the payload.</summary>
    internal const string NoticeChannel = "jkbot_settings";

    /// <summary>How long a read row (or its absence) is used without asking the database again.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    private const int PruneAbove = 20_000;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, (ChannelSettings? Settings, long At)> _cache = new(StringComparer.Ordinal);

    // Bumped by every save and every notice (under the gate): a read that began before one must not put what it read into the cache.
    private readonly Lock _gate = new();
    private long _generation;

    public ChannelSettings? Get(string platform, string workspace, string channel)
    {
        var key = ChannelSettingsDocument.KeyFor(platform, workspace, channel);
        var now = _time.GetTimestamp();
        if (_cache.TryGetValue(key, out var cached) && _time.GetElapsedTime(cached.At, now) < CacheFor)
        {
            return cached.Settings;
        }

        long generation;
        lock (_gate)
        {
            generation = _generation;
        }

        var (settings, read) = db.Use(
            connection => (connection.Query("SELECT settings::text FROM channel_settings WHERE key = @k",
                r => StoredJson.Read<ChannelSettingsDocument>(r.GetString(0)).ToSettings(), ("k", key)).FirstOrDefault(), true),
            () => ((ChannelSettings?)null, false));
        if (read)
        {
            if (_cache.Count > PruneAbove)
            {
                _cache.Clear();
            }

            // Not when a save or a notice came in meanwhile: what this read saw may be older than what they said.
            lock (_gate)
            {
                if (_generation == generation)
                {
                    _cache[key] = (settings, now);
                }
            }
        }

        return settings;
    }

    /// <summary>The latest row saved for <paramref name="channel"/> in any workspace (the weekly report's channel): rare, so not cached.</summary>
    public ChannelSettings? FindChannel(string platform, string channel) =>
        db.Use(
            connection => connection.Query("""
                SELECT settings::text FROM channel_settings
                WHERE settings->>'Platform' = @p AND settings->>'Channel' = @c
                ORDER BY (settings->>'ChangedAt')::timestamptz DESC NULLS LAST LIMIT 1
                """,
                r => StoredJson.Read<ChannelSettingsDocument>(r.GetString(0)).ToSettings(), ("p", platform), ("c", channel)).FirstOrDefault(),
            () => null);

    public void Save(ChannelSettings settings)
    {
        var document = ChannelSettingsDocument.From(settings);
        using (var connection = db.Open())
        using (var batch = new Npgsql.NpgsqlBatch(connection))
        {
            var upsert = new Npgsql.NpgsqlBatchCommand("""
                INSERT INTO channel_settings (key, settings) VALUES (@k, @s::jsonb)
                ON CONFLICT (key) DO UPDATE SET settings = EXCLUDED.settings
                """);
            upsert.Parameters.AddWithValue("k", document.Key);
            upsert.Parameters.AddWithValue("s", StoredJson.Write(document));
            var notify = new Npgsql.NpgsqlBatchCommand("SELECT pg_notify(@c, @k)");
            notify.Parameters.AddWithValue("c", NoticeChannel);
            notify.Parameters.AddWithValue("k", document.Key);
            batch.BatchCommands.Add(upsert);
            batch.BatchCommands.Add(notify);
            batch.ExecuteNonQuery();
        }

        var saved = StoredJson.Read<ChannelSettingsDocument>(StoredJson.Write(document)).ToSettings();
        lock (_gate)
        {
            _generation++;
            _cache[document.Key] = (saved, _time.GetTimestamp());
        }
    }

    /// <summary>Another replica changed the row <paramref name="key"/> (a <c>jkbot_settings</c> notice): read it afresh next time.</summary>
    internal void Forget(string key)
    {
        lock (_gate)
        {
            _generation++;
            _cache.TryRemove(key, out _);
        }
    }

    /// <summary>Notices may have been missed (the listening connection was down): read every row afresh.</summary>
    internal void ForgetAll()
    {
        lock (_gate)
        {
            _generation++;
            _cache.Clear();
        }
    }
}
