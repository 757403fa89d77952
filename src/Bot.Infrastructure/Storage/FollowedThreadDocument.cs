namespace Bot.Infrastructure.Storage;

/// <summary>A thread the bot follows; the key is <c>{platform}|{thread}</c> (bounded), so following again replaces the expiry.</summary>
internal sealed class FollowedThreadDocument
{
    public string Key { get; set; } = "";

    public string Platform { get; set; } = "";

    public string Thread { get; set; } = "";

    public string ParentChannel { get; set; } = "";

    /// <summary>UTC; after this the thread is no longer followed, and pruning may delete the document.</summary>
    public DateTime Until { get; set; }

    public static string KeyFor(string platform, string thread) => StorageKeys.Bound($"{platform}|{thread}");
}
