namespace Bot.Core.Abstractions;

/// <summary>The kinds of chunk, as they appear in passage ids and <see cref="RetrievedPassage.Kind"/>.</summary>
public static class ChunkKinds
{
    public const string Faq = "faq";
    public const string Event = "event";
    public const string Series = "series";
    public const string Term = "term";
}

/// <summary>Passage ids: <c>faq:gsomia#0</c> (summary), <c>faq:gsomia#2</c> (second section), <c>event:&lt;id&gt;</c>, <c>series:&lt;id&gt;</c>, <c>term:&lt;id&gt;</c>.</summary>
public static class ChunkId
{
    public static string Faq(string faqId, int section) => $"{ChunkKinds.Faq}:{faqId}#{section}";

    public static string Of(string kind, string id) => $"{kind}:{id}";

    /// <summary>Splits an id into kind, entry id and (for FAQ chunks) the section number, 0 being the summary.</summary>
    public static bool TryParse(string chunkId, out string kind, out string entryId, out int section)
    {
        kind = entryId = "";
        section = -1;
        var colon = chunkId.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        kind = chunkId[..colon];
        entryId = chunkId[(colon + 1)..];
        var hash = entryId.LastIndexOf('#');
        if (hash >= 0)
        {
            if (!int.TryParse(entryId.AsSpan(hash + 1), System.Globalization.CultureInfo.InvariantCulture, out section))
            {
                return false;
            }

            entryId = entryId[..hash];
        }

        return entryId.Length > 0;
    }
}
