namespace Bot.Core.Digest;

/// <summary>The parts a digest can have; a subscription picks which ones it wants.</summary>
[Flags]
public enum DigestSections
{
    None = 0,
    OnThisDay = 1,
    Upcoming = 2,
    Statistic = 4,
    Faq = 8,
    Changes = 16,
    Headlines = 32,
    All = OnThisDay | Upcoming | Statistic | Faq | Changes | Headlines,
}

/// <summary>The names sections go by in configuration, commands and JSON ("on-this-day", "faq", …).</summary>
public static class DigestSectionNames
{
    public const string OnThisDay = "on-this-day";
    public const string Upcoming = "upcoming";
    public const string Statistic = "statistic";
    public const string Faq = "faq";
    public const string Changes = "changes";
    public const string Headlines = "headlines";

    private static readonly (string Name, DigestSections Flag)[] Table =
    [
        (OnThisDay, DigestSections.OnThisDay),
        (Upcoming, DigestSections.Upcoming),
        (Statistic, DigestSections.Statistic),
        (Faq, DigestSections.Faq),
        (Changes, DigestSections.Changes),
        (Headlines, DigestSections.Headlines),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Table.Select(t => t.Name)];

    public static bool TryParse(string? name, out DigestSections section)
    {
        var match = Table.FirstOrDefault(t => string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        section = match.Flag;
        return match.Name is not null;
    }

    /// <summary>No names means every section: an admin who lists nothing wants the whole digest.</summary>
    public static bool TryParseList(IEnumerable<string>? names, out DigestSections sections, out string? unknown)
    {
        sections = DigestSections.None;
        unknown = null;
        foreach (var name in names ?? [])
        {
            if (!TryParse(name, out var one))
            {
                unknown = name;
                return false;
            }

            sections |= one;
        }

        if (sections == DigestSections.None)
        {
            sections = DigestSections.All;
        }

        return true;
    }

    public static IReadOnlyList<string> Names(DigestSections sections) =>
        [.. Table.Where(t => sections.HasFlag(t.Flag)).Select(t => t.Name)];
}
