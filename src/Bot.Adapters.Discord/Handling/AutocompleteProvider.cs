using Bot.Adapters.Discord.Rendering;
using Bot.Core.Abstractions;
using Bot.Core.Knowledge;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// Choices for <c>/stats metric</c> and <c>/faq topic</c> from the current knowledge snapshot: names that start with what was typed
/// first, then names and aliases that contain it; at most 25. The searchable list is built once per snapshot.
/// </summary>
public sealed class AutocompleteProvider(IKnowledgeProvider knowledge)
{
    private sealed record Entry(AutocompleteChoice Choice, string Name, string Searchable);

    private sealed record Index(KnowledgeBase Knowledge, IReadOnlyList<Entry> Metrics, IReadOnlyList<Entry> Topics);

    private Index? _index;

    public IReadOnlyList<AutocompleteChoice> Suggest(string? command, string option, string? typed)
    {
        if ((command, option) is ("digest", "timezone"))
        {
            return TimeZones(typed);
        }

        var index = Current();
        var entries = (command, option) switch
        {
            ("stats", "metric") => index.Metrics,
            ("faq", "topic") => index.Topics,
            _ => [],
        };

        var query = Fold(typed);
        if (query.Length == 0)
        {
            return [.. entries.Take(DiscordLimits.AutocompleteChoices).Select(e => e.Choice)];
        }

        return [.. entries
            .Select((e, order) => (e, order, rank: e.Name.StartsWith(query, StringComparison.Ordinal) ? 0
                : e.Name.Contains(" " + query, StringComparison.Ordinal) ? 1
                : e.Searchable.Contains(query, StringComparison.Ordinal) ? 2 : 3))
            .Where(x => x.rank < 3)
            .OrderBy(x => x.rank).ThenBy(x => x.order)
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(x => x.e.Choice)];
    }

    private static readonly string[] CommonZones =
    [
        "Asia/Seoul", "Asia/Tokyo", "UTC", "America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin",
        "Asia/Shanghai", "Asia/Taipei", "Asia/Singapore", "Australia/Sydney",
    ];

    private static IReadOnlyList<string>? _zoneIds;

    /// <summary>IANA zone ids: Seoul and Tokyo first, then every zone this machine knows whose id contains what was typed.</summary>
    private static IReadOnlyList<AutocompleteChoice> TimeZones(string? typed)
    {
        _zoneIds ??= [.. CommonZones.Concat(TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];
        var query = typed?.Trim() ?? "";
        return [.. _zoneIds
            .Where(id => query.Length == 0 || id.Contains(query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(id => id.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(id => new AutocompleteChoice(id, id))];
    }

    /// <summary>Builds the index for the current snapshot now (server start), so the first keystroke does not pay for it.</summary>
    public void WarmUp() => Current();

    private Index Current()
    {
        var kb = knowledge.Current;
        var index = _index;
        if (index is not null && ReferenceEquals(index.Knowledge, kb))
        {
            return index;
        }

        // A reload swaps the snapshot whole; rebuilding on the next keystroke is cheap (a few dozen entries).
        index = new Index(
            kb,
            [.. kb.Statistics.Select(s => Make(s.Name, s.Id, s.Aliases.Append(s.Category)))],
            [.. kb.Faqs.Select(f => Make(f.Title, f.Id, f.Aliases.Concat(f.Questions)))]);
        _index = index;
        return index;
    }

    private static Entry Make(string name, string id, IEnumerable<string> aliases) => new(
        new AutocompleteChoice(DiscordText.Fit(name, DiscordLimits.ChoiceName), DiscordText.Fit(id, DiscordLimits.ChoiceValue)),
        Fold(name),
        Fold(string.Join(' ', aliases.Prepend(id).Prepend(name))));

    private static string Fold(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : Bot.Core.Text.TextNormalizer.Fold(text.Trim());
}
