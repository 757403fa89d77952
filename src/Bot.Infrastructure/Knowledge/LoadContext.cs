namespace Bot.Infrastructure.Knowledge;

/// <summary>
/// State shared by the readers of one load: the problems, the ids of each kind, and the cross-file
/// references, which can only be checked once every file has been read.
/// </summary>
internal sealed class LoadContext
{
    private readonly List<Reference> _references = [];

    public List<KnowledgeProblem> Problems { get; } = [];

    public UniqueIds Sources { get; } = new("source");
    public UniqueIds Events { get; } = new("event");
    public UniqueIds Series { get; } = new("series");
    public UniqueIds Terms { get; } = new("glossary term");
    public UniqueIds Faqs { get; } = new("FAQ");

    /// <summary>
    /// Reads a list of ids that must exist in <paramref name="target"/>, to be checked once every file is read;
    /// required when <paramref name="min"/> is above zero.
    /// </summary>
    public IReadOnlyList<string> Refer(YamlFields fields, string key, UniqueIds target, int min = 0)
    {
        var items = fields.TextList(key, min);
        foreach (var item in items)
        {
            _references.Add(new Reference(fields, key, item, target));
        }

        return [.. items.Select(i => i.Value)];
    }

    public void CheckReferences()
    {
        foreach (var r in _references.Where(r => r.Target.IsComplete && !r.Target.Contains(r.Item.Value)))
        {
            r.Fields.ReportAtLine(r.Item.Line, $"unknown {r.Target.Kind} id '{r.Item.Value}' in '{r.Key}'");
        }
    }

    private sealed record Reference(YamlFields Fields, string Key, Located Item, UniqueIds Target);
}
