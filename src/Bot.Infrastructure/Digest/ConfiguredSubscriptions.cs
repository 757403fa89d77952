using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Digest;

/// <summary>Keeps the store's configuration-made subscriptions in step with <c>Digest:Subscriptions</c>.</summary>
public static class ConfiguredSubscriptions
{
    /// <summary>
    /// Adds or updates each configured channel, keeping its delivery status; removes configured channels no longer
    /// listed. A channel an admin subscribed by command is left alone: the admin's choice wins over a static default.
    /// </summary>
    public static void Apply(IDigestStore store, DigestOptions options)
    {
        var wanted = new Dictionary<string, DigestSubscription>(StringComparer.Ordinal);
        foreach (var o in options.Subscriptions)
        {
            // The validator ran at start; these parses cannot fail here.
            _ = DigestRules.TryParseTime(o.Time, out var time);
            _ = DigestSectionNames.TryParseList(o.Sections, out var sections, out _);
            var s = new DigestSubscription
            {
                Platform = o.Platform.Trim().ToLowerInvariant(),
                Workspace = o.Workspace?.Trim() ?? "",
                Channel = o.Channel.Trim(),
                Time = time,
                TimeZone = string.IsNullOrWhiteSpace(o.TimeZone) ? DigestRules.DefaultTimeZone : o.TimeZone.Trim(),
                Sections = sections,
                Origin = SubscriptionOrigin.Configuration,
                Language = Langs.TryParse(o.Language, out var lang) ? lang : null,
            };
            wanted[s.Id] = s;
        }

        foreach (var existing in store.Subscriptions().Where(s => s.Origin == SubscriptionOrigin.Configuration && !wanted.ContainsKey(s.Id)))
        {
            store.Remove(existing.Platform, existing.Channel);
        }

        foreach (var s in wanted.Values)
        {
            var existing = store.Subscription(s.Platform, s.Channel);
            if (existing is { Origin: SubscriptionOrigin.Command })
            {
                continue;
            }

            store.Save(existing is null ? s : s with { Status = existing.Status, LastError = existing.LastError, StatusChangedAt = existing.StatusChangedAt });
        }
    }
}
