namespace Bot.Infrastructure.Knowledge;

/// <summary>One knowledge file as read from disk; <see cref="Relative"/> is its path inside the knowledge folder.</summary>
internal sealed record KnowledgeFile(string Relative, byte[] Bytes, ProblemLog Log)
{
    /// <summary>
    /// The list under the one top-level key of a YAML knowledge file (<c>events:</c>…), or null when the file
    /// cannot be used at all (not text, bad YAML, no such list); each reason is reported.
    /// </summary>
    public IReadOnlyList<YamlFields>? TopLevelList(string key, string kind, IReadOnlyCollection<string> keys)
    {
        if (KnowledgeText.Decode(Bytes, Log) is not { } text || !YamlText.TryParse(text, Log, out var root))
        {
            return null;
        }

        if (root is null)
        {
            Log.At(1, $"the file is empty; it should hold '{key}:' followed by a list of {kind} entries");
            return null;
        }

        if (YamlFields.Open(root, Log, "", [key], nameKey: null) is not { } top)
        {
            return null;
        }

        // No usable entries (missing, empty or not a list, already reported): treat the file as unusable, so the
        // references into it are not reported one by one as unknown ids.
        var items = top.Items(key, kind, keys, min: 1);
        return items.Count == 0 ? null : items;
    }
}
