namespace Bot.Infrastructure.Reporting;

/// <summary>
/// One distinct gap question (or, without text, one outcome + intent + topic) as the log adds it up: how often, when last, and
/// the last entry's kind, intent and text (the latest non-null topic). Adding entries in time order and merging day sums in day
/// order give the same result, so a report can add up stored daily sums instead of every entry.
/// </summary>
internal sealed class GapStats(string key, string? normalized)
{
    public string Key { get; } = key;

    /// <summary>The normalised text; null for a gap counted without its text (logging off, or swept by retention).</summary>
    public string? Normalized { get; } = normalized;

    public int Count { get; internal set; }

    public DateTimeOffset LastAsked { get; private set; }

    /// <summary>The text as last asked (the example shown).</summary>
    public string? Example { get; private set; }

    public string Kind { get; internal set; } = "";
    public string Intent { get; private set; } = "";
    public string? Topic { get; private set; }

    /// <summary>The key a gap is counted under: its normalised text, or without one its kind, intent and topic.</summary>
    public static string KeyOf(string? normalized, string kind, string intent, string? topic) => normalized ?? $"\u0001{kind}|{intent}|{topic}";

    public static GapStats For(string key) => new(key, key.StartsWith('\u0001') ? null : key);

    public void Add(DateTimeOffset time, string? text, string kind, string intent, string? topic, int weight = 1)
    {
        Count += weight;
        if (time >= LastAsked)
        {
            LastAsked = time;
            Example = text ?? Example;
            Kind = kind;
            Intent = intent;
            Topic = topic ?? Topic;
        }
    }

    /// <summary>Adds a later period's sums (the other's last entry is the later one when times tie).</summary>
    public void Merge(GapStats later) => Add(later.LastAsked, later.Example, later.Kind, later.Intent, later.Topic, later.Count);

    public GapStats Copy()
    {
        var copy = new GapStats(Key, Normalized);
        copy.Merge(this);
        return copy;
    }
}
