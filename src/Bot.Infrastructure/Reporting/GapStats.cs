namespace Bot.Infrastructure.Reporting;

/// <summary>One distinct gap question (or, without text, one outcome + intent + topic) as the log stream adds it up.</summary>
internal sealed class GapStats(string key, string? normalized)
{
    public string Key { get; } = key;

    /// <summary>The normalised text; null for a gap counted without its text (logging off, or swept by retention).</summary>
    public string? Normalized { get; } = normalized;

    public int Count { get; private set; }

    public DateTimeOffset LastAsked { get; private set; }

    /// <summary>The text as last asked (the example shown).</summary>
    public string? Example { get; private set; }

    public string Kind { get; private set; } = "";
    public string Intent { get; private set; } = "";
    public string? Topic { get; private set; }

    public void Add(DateTimeOffset time, string? text, string kind, string intent, string? topic)
    {
        Count++;
        if (time >= LastAsked)
        {
            LastAsked = time;
            Example = text ?? Example;
            Kind = kind;
            Intent = intent;
            Topic = topic ?? Topic;
        }
    }
}
