using System.Text;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>
/// One knowledge file as read from disk; <see cref="Relative"/> is its path inside the knowledge folder
/// ("timeline.yaml", "ko/faq/gsomia.md") and <see cref="Lang"/> the language of its text.
/// </summary>
internal sealed record KnowledgeFile(string Relative, byte[] Bytes, ProblemLog Log, Lang Lang = Lang.En)
{
    /// <summary>
    /// The list under the one top-level key of a YAML knowledge file (<c>events:</c>…), or null when the file
    /// cannot be used at all (not text, bad YAML, no such list); each reason is reported.
    /// </summary>
    public IReadOnlyList<YamlFields>? TopLevelList(string key, string kind, IReadOnlyCollection<string> keys)
    {
        if (Top(key, $"a list of {kind} entries") is not { } top)
        {
            return null;
        }

        // No usable entries (missing, empty or not a list, already reported): treat the file as unusable, so the
        // references into it are not reported one by one as unknown ids.
        var items = top.Items(key, kind, keys, min: 1);
        return items.Count == 0 ? null : items;
    }

    /// <summary>
    /// The entries keyed by id under the one top-level key of a translation file (<c>events:</c> → id → fields), or null
    /// when the file cannot be used at all; each reason is reported.
    /// </summary>
    public IReadOnlyList<KeyedNode>? TopLevelMap(string key, string kind) =>
        Top(key, $"{kind} entries keyed by their English ids")?.Keyed(key, $"{kind} entries keyed by id", required: true);

    /// <summary>The file's lines without line endings (line N is index N − 1), for comments YAML does not keep.</summary>
    public string[] Lines() =>
        [.. Encoding.UTF8.GetString(Bytes).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r'))];

    private YamlFields? Top(string key, string shape)
    {
        if (KnowledgeText.Decode(Bytes, Log) is not { } text || !YamlText.TryParse(text, Log, out var root))
        {
            return null;
        }

        if (root is null)
        {
            Log.At(1, $"the file is empty; it should hold '{key}:' followed by {shape}");
            return null;
        }

        return YamlFields.Open(root, Log, "", [key], nameKey: null);
    }
}
