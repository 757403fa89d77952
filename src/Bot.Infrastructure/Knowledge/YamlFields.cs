using System.Globalization;
using Bot.Core.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bot.Infrastructure.Knowledge;

/// <summary>A value read from a list, with the line to blame if it turns out to be wrong later.</summary>
internal readonly record struct Located(string Value, long Line);

/// <summary>One entry of a mapping keyed by id or year (translation files: <c>events:</c> → id → fields).</summary>
internal readonly record struct KeyedNode(string Key, long Line, YamlNode Value);

/// <summary>
/// Typed, line-aware access to one YAML mapping (an event, a series, a point…). Every read reports its own
/// problem (missing, wrong type, bad value) at the offending line and returns null or a default, so readers go
/// on to find every other problem and never throw. Unknown keys are reported when the mapping is opened.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> _entries = new(StringComparer.Ordinal);

    private YamlFields(YamlMappingNode map, ProblemLog log, string subject, IReadOnlyCollection<string> keys)
    {
        _map = map;
        Log = log;
        Subject = subject;
        foreach (var entry in map.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                ReportAt(entry.Key, "keys must be plain names");
            }
            else if (!keys.Contains(name))
            {
                // Typos such as 'soruces' would otherwise silently drop a field the curator meant to set.
                ReportAt(entry.Key, KnowledgeRules.Suggest(name, keys) is { } guess
                    ? $"unknown key '{name}' (did you mean '{guess}'?)"
                    : $"unknown key '{name}' (allowed: {KnowledgeRules.List(keys)})");
            }
            else
            {
                _entries[name] = entry;
            }
        }
    }

    public ProblemLog Log { get; }

    /// <summary>What the mapping is, for messages: "event 'gsomia-signed'", "series 'x', point 2011".</summary>
    public string Subject { get; }

    public long Line => _map.Start.Line;

    /// <summary>
    /// Opens a mapping, or reports that the node is something else and gives null. The subject is
    /// <paramref name="kind"/> named by the value under <paramref name="nameKey"/>, inside <paramref name="parent"/>.
    /// </summary>
    public static YamlFields? Open(YamlNode? node, ProblemLog log, string kind, IReadOnlyCollection<string> keys,
        string parent = "", string? nameKey = "id")
    {
        var name = node is YamlMappingNode m && nameKey is not null ? Peek(m, nameKey) : null;
        var own = name is null ? kind : nameKey == "id" ? $"{kind} '{name}'" : $"{kind} {name}";
        var subject = parent.Length == 0 ? own : own.Length == 0 ? parent : $"{parent}, {own}";
        if (node is YamlMappingNode map)
        {
            return new YamlFields(map, log, subject, keys);
        }

        var example = string.Join(", ", keys.Take(3).Select(k => $"{k}: …"));
        log.At(node?.Start.Line ?? 1, $"{(subject.Length == 0 ? "" : subject + ": ")}expected a mapping of fields ({example}), found {Describe(node)}");
        return null;
    }

    public void Report(string message) => ReportAtLine(Line, message);

    /// <summary>Reports at the line of <paramref name="key"/>, or of the whole mapping when the key is absent.</summary>
    public void ReportAt(string key, string message) => ReportAtLine(KeyLine(key), message);

    public void ReportAt(YamlNode node, string message) => ReportAtLine(node.Start.Line, message);

    public void ReportAtLine(long line, string message) =>
        Log.At(line, Subject.Length == 0 ? message : $"{Subject}: {message}");

    public long KeyLine(string key) => _entries.TryGetValue(key, out var e) ? e.Key.Start.Line : Line;

    /// <summary>Text; null when absent or empty (reported when required).</summary>
    public string? Text(string key, bool required = false, string hint = "") => ScalarText(key, required, "text", hint);

    private string? ScalarText(string key, bool required, string expected, string hint = "")
    {
        var scalar = Scalar(key, required, expected, hint);
        var text = scalar?.Value?.Trim();
        if (scalar is not null && string.IsNullOrEmpty(text) && required)
        {
            ReportAt(key, $"required field '{key}' is empty{hint}");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A required word from a fixed vocabulary; the message lists the allowed words.</summary>
    public string? Choice(string key, IReadOnlyCollection<string> allowed, bool required = true)
    {
        var hint = $" (allowed: {KnowledgeRules.List(allowed)})";
        var text = Text(key, required, hint);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        ReportAt(key, $"unknown {key} '{text}'{hint}");
        return null;
    }

    public string? Id(UniqueIds ids)
    {
        var id = Text("id", required: true);
        if (id is null)
        {
            return null;
        }

        if (!KnowledgeRules.IsValidId(id))
        {
            ReportAt("id", $"invalid id '{id}': {KnowledgeRules.IdRule}");
        }

        // Registered even when malformed, so references to it do not add a cascade of "unknown id".
        if (!ids.TryAdd(id, Log.FileLine(KeyLine("id")), out var first))
        {
            ReportAt("id", $"duplicate {ids.Kind} id '{id}' (first defined on line {first})");
        }

        return id;
    }

    public int? Year(string key = "year")
    {
        var text = ScalarText(key, required: true, "a four-digit year");
        if (text is null)
        {
            return null;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000)
        {
            return year;
        }

        ReportAt(key, $"'{key}' should be a four-digit year such as 2011, not '{text}'");
        return null;
    }

    public double? Number(string key)
    {
        var text = ScalarText(key, required: true, "a number");
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        ReportAt(key, $"'{key}' should be a number such as 68.3 (no units or thousands separators), not '{text}'");
        return null;
    }

    /// <summary>An optional true/false; absent means false.</summary>
    public bool Bool(string key)
    {
        var text = ScalarText(key, required: false, "true or false");
        if (text is null || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        ReportAt(key, $"'{key}' should be true or false, not '{text}'");
        return false;
    }

    public PartialDate? Date(string key, bool required = false)
    {
        var text = ScalarText(key, required, "a quoted date such as \"1965-06-22\"");
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        ReportAt(key, $"impossible or malformed date '{text}' in '{key}' (expected an existing YYYY-MM-DD, YYYY-MM or YYYY)");
        return null;
    }

    /// <summary>The optional verification flag, <c>V</c> when absent.</summary>
    public Flag Flag(string uHint = "")
    {
        var text = Text("flag");
        if (text is null)
        {
            return Core.Knowledge.Flag.V;
        }

        if (KnowledgeRules.TryParseFlag(text, out var flag))
        {
            return flag;
        }

        ReportAt("flag", text == "U"
            ? $"flag 'U' is not allowed: unverifiable claims must not be entered as facts{uHint}"
            : $"unknown flag '{text}' (allowed: {KnowledgeRules.List(KnowledgeRules.FlagNames)})");
        return Core.Knowledge.Flag.V;
    }

    /// <summary>A list of text items; required when <paramref name="min"/> is above zero.</summary>
    public IReadOnlyList<Located> TextList(string key, int min = 0)
    {
        if (Sequence(key, min, "text items") is not { } sequence)
        {
            return [];
        }

        var items = new List<Located>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode scalar && !IsNull(scalar) && scalar.Value?.Trim() is { Length: > 0 } text)
            {
                items.Add(new Located(text, scalar.Start.Line));
            }
            else
            {
                ReportAt(item, $"items of '{key}' should be non-empty text, not {Describe(item)}");
            }
        }

        return items;
    }

    /// <summary>
    /// The entries of a mapping whose keys are ids or years rather than field names (<c>points: {"2011": "…"}</c>);
    /// null when absent (reported when required) or not a mapping.
    /// </summary>
    public IReadOnlyList<KeyedNode>? Keyed(string key, string what, bool required = false)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Missing(key, node, "");
            }

            return null;
        }

        if (node is not YamlMappingNode map)
        {
            ReportAt(node, $"'{key}' should be a mapping of {what} (id: …), not {Describe(node)}");
            return null;
        }

        var entries = new List<KeyedNode>();
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name.Trim().Length > 0)
            {
                entries.Add(new KeyedNode(name.Trim(), k.Start.Line, v));
            }
            else
            {
                ReportAt(k, $"the keys of '{key}' should be ids, not {Describe(k)}");
            }
        }

        return entries;
    }

    /// <summary>The text of a keyed entry (<c>"2011": "…"</c>), reported under this mapping's subject when it is not text.</summary>
    public string? TextOf(KeyedNode entry, string what)
    {
        if (entry.Value is YamlScalarNode scalar && !IsNull(scalar) && scalar.Value?.Trim() is { Length: > 0 } text)
        {
            return text;
        }

        ReportAtLine(entry.Line, $"{what} should be non-empty text, not {Describe(entry.Value)}");
        return null;
    }

    /// <summary>The line of the value under <paramref name="key"/> (where a one-line value's text is), or the key's line.</summary>
    public long ValueLine(string key) => _entries.TryGetValue(key, out var e) ? e.Value.Start.Line : Line;

    /// <summary>A list of mappings (points, gaps…); required when <paramref name="min"/> is above zero.</summary>
    public IReadOnlyList<YamlFields> Items(string key, string kind, IReadOnlyCollection<string> keys, int min = 0, string? nameKey = "id") =>
        Sequence(key, min, $"{kind} entries") is { } sequence
            ? [.. sequence.Select(item => Open(item, Log, kind, keys, Subject, nameKey)).OfType<YamlFields>()]
            : [];

    private YamlSequenceNode? Sequence(string key, int min, string what)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            if (min > 0)
            {
                Missing(key, node, "");
            }

            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            ReportAt(node, $"'{key}' should be a list of {what} ([a, b] or '- ' lines), not {Describe(node)}");
            return null;
        }

        if (sequence.Children.Count < min)
        {
            ReportAt(key, $"'{key}' needs at least {min} item{(min == 1 ? "" : "s")}, found {sequence.Children.Count}");
        }

        return sequence;
    }

    private YamlScalarNode? Scalar(string key, bool required, string expected, string hint)
    {
        var node = Value(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Missing(key, node, hint);
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar;
        }

        ReportAt(node, $"'{key}' should be {expected}, not {Describe(node)}");
        return null;
    }

    private void Missing(string key, YamlNode? present, string hint)
    {
        if (present is null)
        {
            Report($"missing required field '{key}'{hint}");
        }
        else
        {
            ReportAt(key, $"required field '{key}' is empty{hint}");
        }
    }

    private YamlNode? Value(string key) => _entries.TryGetValue(key, out var e) ? e.Value : null;

    // YAML's spellings of null: a bare "key:" reads as an empty plain scalar.
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string? Peek(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: var k } && k == key).Value is YamlScalarNode { Value: { } v }
        && v.Trim() is { Length: > 0 } name ? name : null;

    private static string Describe(YamlNode? node) => node switch
    {
        YamlScalarNode { Value: var v } when v is null || IsNull(node) => "nothing",
        YamlScalarNode { Value: { } v } => $"'{(v.Length > 40 ? v[..40] + "…" : v)}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "nothing",
    };
}
