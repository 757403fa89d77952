namespace Bot.Infrastructure.Reporting;

/// <summary>Gap questions that mean the same; the most asked one (<see cref="Lead"/>) speaks for them.</summary>
internal sealed class GapCluster(GapStats lead)
{
    private readonly List<GapStats> _members = [lead];

    public GapStats Lead { get; } = lead;

    public IReadOnlyList<GapStats> Members => _members;

    public int Count => _members.Sum(m => m.Count);

    public DateTimeOffset LastAsked => _members.Max(m => m.LastAsked);

    public void Add(GapStats member) => _members.Add(member);
}
