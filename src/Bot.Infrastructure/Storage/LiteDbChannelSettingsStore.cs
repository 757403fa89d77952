using Bot.Core.Abstractions;
using Bot.Core.Admin;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Per-channel settings in the shared LiteDB file. Reading never fails a question: while the file cannot be read the defaults apply
/// (answer everywhere). Saving is not swallowed: an admin who changes a setting must hear that it was not saved, not believe it was.
/// </summary>
public sealed class LiteDbChannelSettingsStore(LiteDbContext db) : IChannelSettingsStore
{
    internal const string CollectionName = "channel_settings";

    public ChannelSettings? Get(string platform, string workspace, string channel)
    {
        try
        {
            var document = db.Collection<ChannelSettingsDocument>(CollectionName).FindById(ChannelSettingsDocument.KeyFor(platform, workspace, channel));
            db.Succeeded();
            return document?.ToSettings();
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            return null;
        }
    }

    public ChannelSettings? FindChannel(string platform, string channel)
    {
        try
        {
            var document = db.Collection<ChannelSettingsDocument>(CollectionName)
                .Find(d => d.Platform == platform && d.Channel == channel)
                .OrderByDescending(d => d.ChangedAt)
                .FirstOrDefault();
            db.Succeeded();
            return document?.ToSettings();
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or UnauthorizedAccessException)
        {
            db.Failed(ex);
            return null;
        }
    }

    public void Save(ChannelSettings settings) => db.Collection<ChannelSettingsDocument>(CollectionName).Upsert(ChannelSettingsDocument.From(settings));
}
