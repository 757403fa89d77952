using System.Globalization;
using Bot.Core.Digest;
using LiteDB;

namespace Bot.Infrastructure.Storage;

/// <summary>How a <see cref="DigestDelivery"/> is stored, keyed by its idempotency key (so a second insert fails).</summary>
internal sealed class DigestDeliveryDocument
{
    [BsonId]
    public string Key { get; set; } = "";

    public string SubscriptionId { get; set; } = "";

    /// <summary>"yyyy-MM-dd": sorts and compares as text, with no time zone to get wrong.</summary>
    public string LocalDate { get; set; } = "";

    public DateTime DueAt { get; set; }
    public string State { get; set; } = "";
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? Error { get; set; }
    public string? FaqId { get; set; }
    public string? KnowledgeVersion { get; set; }
    public string? MessageId { get; set; }

    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DigestDeliveryDocument From(DigestDelivery d) => new()
    {
        Key = d.Key,
        SubscriptionId = d.SubscriptionId,
        LocalDate = DateText(d.LocalDate),
        DueAt = d.DueAt.UtcDateTime,
        State = d.State.ToString(),
        Attempts = d.Attempts,
        NextAttemptAt = d.NextAttemptAt?.UtcDateTime,
        UpdatedAt = d.UpdatedAt.UtcDateTime,
        Error = d.Error,
        FaqId = d.FaqId,
        KnowledgeVersion = d.KnowledgeVersion,
        MessageId = d.MessageId,
    };

    public DigestDelivery ToDelivery() => new()
    {
        Key = Key,
        SubscriptionId = SubscriptionId,
        LocalDate = DateOnly.ParseExact(LocalDate, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DueAt = StoredTime.Read(DueAt),
        // An unreadable state is treated as "outcome unknown": re-sending with the same key is the safe side.
        State = Enum.TryParse<DeliveryState>(State, out var state) ? state : DeliveryState.Sending,
        Attempts = Attempts,
        NextAttemptAt = StoredTime.Read(NextAttemptAt),
        UpdatedAt = StoredTime.Read(UpdatedAt),
        Error = Error,
        FaqId = FaqId,
        KnowledgeVersion = KnowledgeVersion,
        MessageId = MessageId,
    };
}

/// <summary>One knowledge fingerprint set, stored once per version and shared by every delivery composed from it.</summary>
internal sealed class KnowledgeFingerprintDocument
{
    [BsonId]
    public string Version { get; set; } = "";

    /// <summary>"kind:id hash" lines: entry ids hold characters BSON field names should not carry.</summary>
    public List<string> Entries { get; set; } = [];

    public static KnowledgeFingerprintDocument From(KnowledgeFingerprints fingerprints) => new()
    {
        Version = fingerprints.Version,
        Entries = [.. fingerprints.Entries.Select(kv => $"{kv.Key} {kv.Value}")],
    };

    public KnowledgeFingerprints ToFingerprints()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Entries)
        {
            var space = line.LastIndexOf(' ');
            if (space > 0)
            {
                entries[line[..space]] = line[(space + 1)..];
            }
        }

        return new KnowledgeFingerprints(Version, entries);
    }
}

/// <summary>What both providers check before a takeover of a delivery record.</summary>
internal static class DigestDeliveryStates
{
    /// <summary>
    /// A takeover is a new attempt at the same record: the same key, and one more attempt than was seen. The attempt count
    /// is the record's version: every takeover raises it and every settle changes the state, so a (state, attempts) pair
    /// is never seen twice on one record and comparing it is a compare-and-set.
    /// </summary>
    public static void EnsureSameRecord(DigestDelivery seen, DigestDelivery claimed)
    {
        if (!string.Equals(seen.Key, claimed.Key, StringComparison.Ordinal) || claimed.Attempts <= seen.Attempts)
        {
            throw new ArgumentException($"a takeover of {seen.Key} must keep its key and raise its attempt count ({seen.Attempts} → {claimed.Attempts})", nameof(claimed));
        }
    }
}
