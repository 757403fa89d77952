using Bot.Core.Abstractions;
using Bot.Core.Admin;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// Per-channel settings in PostgreSQL. Reading never fails a question: while the database cannot be read the defaults apply.
/// Saving is not swallowed: an admin who changes a setting must hear that it was not saved.
/// </summary>
public sealed class PostgresChannelSettingsStore(PostgresDatabase db) : IChannelSettingsStore
{
    public ChannelSettings? Get(string platform, string workspace, string channel) =>
        db.Use(connection => connection.Query("SELECT settings::text FROM channel_settings WHERE key = @k",
                r => StoredJson.Read<ChannelSettingsDocument>(r.GetString(0)).ToSettings(),
                ("k", ChannelSettingsDocument.KeyFor(platform, workspace, channel))).FirstOrDefault(),
            () => null);

    public void Save(ChannelSettings settings)
    {
        var document = ChannelSettingsDocument.From(settings);
        using var connection = db.Open();
        connection.Execute("""
            INSERT INTO channel_settings (key, settings) VALUES (@k, @s::jsonb)
            ON CONFLICT (key) DO UPDATE SET settings = EXCLUDED.settings
            """, ("k", document.Key), ("s", StoredJson.Write(document)));
    }
}
