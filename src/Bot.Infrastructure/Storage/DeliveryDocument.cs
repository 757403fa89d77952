namespace Bot.Infrastructure.Storage;

/// <summary>A claimed platform delivery (e.g. <c>slack:event:Ev123</c>); the key is the document id, so a second insert fails atomically.</summary>
internal sealed class DeliveryDocument
{
    public string Key { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime ClaimedAt { get; set; }

    /// <summary>UTC; after this the key may be claimed again, and pruning may delete the document.</summary>
    public DateTime ExpiresAt { get; set; }
}
