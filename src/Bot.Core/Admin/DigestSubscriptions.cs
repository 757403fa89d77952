using Bot.Core.Abstractions;
using Bot.Core.Digest;

namespace Bot.Core.Admin;

/// <summary>
/// The digest subscription commands both platforms offer, as one use case: the adapters parse the command, check who may run it and
/// render the result; the rules live here, so a Slack subscription is kept to its team exactly as a Discord one is kept to its
/// guild. Without a store (a bot started without storage) every request says <c>NotEnabled</c>.
/// </summary>
public sealed class DigestSubscriptions(IKnowledgeProvider knowledge, TimeProvider time, IDigestStore? store = null, IChannelSettingsStore? settings = null)
{
    /// <summary>How many deliveries the status of one channel lists.</summary>
    public const int RecentCount = 5;

    public bool IsEnabled => store is not null;

    public SubscribeResult Subscribe(SubscribeRequest request)
    {
        if (store is null)
        {
            return new SubscribeResult(SubscribeOutcome.NotEnabled);
        }

        if (!DigestRules.TryParseTime(request.Time, out var at))
        {
            return new SubscribeResult(SubscribeOutcome.BadTime, Rejected: request.Time ?? "");
        }

        var zone = string.IsNullOrWhiteSpace(request.TimeZone) ? DigestRules.DefaultTimeZone : request.TimeZone.Trim();
        if (!DigestRules.TryFindTimeZone(zone, out _))
        {
            return new SubscribeResult(SubscribeOutcome.BadZone, Rejected: zone);
        }

        DigestSections? sections = null;
        if (request.Sections is { } names)
        {
            if (!DigestSectionNames.TryParseList(names, out var parsed, out var unknown))
            {
                return new SubscribeResult(SubscribeOutcome.BadSections, Rejected: unknown);
            }

            sections = parsed;
        }

        var existing = store.Subscription(request.Platform, request.Channel);
        if (existing is not null && IsElsewhere(existing, request.Workspace))
        {
            return new SubscribeResult(SubscribeOutcome.OtherWorkspace, existing);
        }

        if (existing?.Origin == SubscriptionOrigin.Configuration)
        {
            return new SubscribeResult(SubscribeOutcome.ConfiguredElsewhere, existing);
        }

        var subscription = new DigestSubscription
        {
            Platform = request.Platform,
            Workspace = request.Workspace,
            Channel = request.Channel,
            Time = at,
            TimeZone = zone,
            Sections = sections ?? existing?.Sections ?? DigestSections.All,
            Origin = SubscriptionOrigin.Command,
            CreatedAt = time.GetUtcNow(),
        };
        store.Save(subscription);
        return new SubscribeResult(existing is null ? SubscribeOutcome.Saved : SubscribeOutcome.Updated, subscription);
    }

    public UnsubscribeOutcome Unsubscribe(string platform, string workspace, string channel)
    {
        if (store is null)
        {
            return UnsubscribeOutcome.NotEnabled;
        }

        var existing = store.Subscription(platform, channel);
        if (existing is null)
        {
            return UnsubscribeOutcome.NotSubscribed;
        }

        if (IsElsewhere(existing, workspace))
        {
            return UnsubscribeOutcome.OtherWorkspace;
        }

        if (existing.Origin == SubscriptionOrigin.Configuration)
        {
            return UnsubscribeOutcome.ConfiguredElsewhere;
        }

        return store.Remove(platform, channel) ? UnsubscribeOutcome.Removed : UnsubscribeOutcome.NotSubscribed;
    }

    /// <summary>Null without a store.</summary>
    public DigestStatus? Status(string platform, string workspace, string? channel)
    {
        if (store is null)
        {
            return null;
        }

        var mine = Mine(platform, workspace);
        var here = channel is null ? null : mine.FirstOrDefault(s => s.Channel == channel);
        return new DigestStatus(
            here,
            here is null ? [] : store.RecentDeliveries(here.Id, RecentCount),
            [.. mine.Select(s => new WorkspaceSubscription(s, store.RecentDeliveries(s.Id, 1).FirstOrDefault()))]);
    }

    /// <summary>Today's digest as <paramref name="channel"/>'s subscription gets it, else as the workspace's first, else with the defaults.</summary>
    public DigestPreview Preview(string platform, string workspace, string? channel)
    {
        var mine = store is null ? [] : Mine(platform, workspace);
        var subscription = mine.FirstOrDefault(s => s.Channel == channel) ?? mine.FirstOrDefault();
        var zoneId = subscription?.TimeZone ?? DigestRules.DefaultTimeZone;
        var zone = DigestRules.TryFindTimeZone(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        var lang = DigestLanguage.For(subscription, settings, platform, workspace, subscription?.Channel ?? channel);
        var digest = DigestComposer.Compose(knowledge.Current, today, DigestContext.Empty with { Sections = subscription?.Sections ?? DigestSections.All, Lang = lang });
        return new DigestPreview(digest, today, zoneId, subscription);
    }

    /// <summary>A subscription made in another guild or team; one configured without a workspace belongs to every one.</summary>
    private static bool IsElsewhere(DigestSubscription subscription, string workspace) =>
        subscription.Workspace.Length > 0 && subscription.Workspace != workspace;

    private List<DigestSubscription> Mine(string platform, string workspace) =>
        [.. store!.Subscriptions()
            .Where(s => s.Platform == platform && !IsElsewhere(s, workspace))
            .OrderBy(s => s.Channel, StringComparer.Ordinal)];
}
