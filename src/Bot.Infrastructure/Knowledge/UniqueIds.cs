namespace Bot.Infrastructure.Knowledge;

/// <summary>The ids of one kind (sources, events…), with the line each was first defined on.</summary>
internal sealed class UniqueIds(string kind)
{
    private readonly Dictionary<string, int> _firstLine = new(StringComparer.Ordinal);

    /// <summary>"source", "event"…, for messages.</summary>
    public string Kind => kind;

    /// <summary>
    /// False until the file defining these ids has been read. References to a kind whose file is missing or
    /// unparseable are not checked: one syntax error should not bury its fix under hundreds of "unknown id".
    /// </summary>
    public bool IsComplete { get; set; }

    /// <summary>Adds the id, or gives the line it was first defined on.</summary>
    public bool TryAdd(string id, int line, out int firstLine)
    {
        if (_firstLine.TryAdd(id, line))
        {
            firstLine = line;
            return true;
        }

        firstLine = _firstLine[id];
        return false;
    }

    public bool Contains(string id) => _firstLine.ContainsKey(id);
}
