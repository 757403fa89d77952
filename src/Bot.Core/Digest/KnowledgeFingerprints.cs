using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Core.Abstractions;
using Bot.Core.Knowledge;

namespace Bot.Core.Digest;

/// <summary>
/// A content hash per knowledge entry (<c>event:id</c>, <c>faq:id</c>, <c>series:id</c>, <c>term:id</c>), so a
/// digest can say what was added or changed since a channel's previous one without keeping old snapshots.
/// </summary>
public sealed record KnowledgeFingerprints(string Version, IReadOnlyDictionary<string, string> Entries)
{
    public static KnowledgeFingerprints Of(KnowledgeBase kb)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in kb.Timeline)
        {
            entries[ChunkId.Of(ChunkKinds.Event, e.Id)] = Hash(e);
        }

        foreach (var f in kb.Faqs)
        {
            entries[ChunkId.Of(ChunkKinds.Faq, f.Id)] = Hash(f);
        }

        foreach (var s in kb.Statistics)
        {
            entries[ChunkId.Of(ChunkKinds.Series, s.Id)] = Hash(s);
        }

        foreach (var t in kb.Glossary)
        {
            entries[ChunkId.Of(ChunkKinds.Term, t.Id)] = Hash(t);
        }

        // The version names the whole set, so deliveries can share one stored copy per knowledge edit.
        var version = Hex(string.Join('\n', entries.Select(kv => $"{kv.Key} {kv.Value}")));
        return new KnowledgeFingerprints(version, entries);
    }

    // JSON of the record is a canonical form of every field (record ToString prints list type names, not contents).
    private static string Hash<T>(T entry) => Hex(JsonSerializer.Serialize(entry));

    private static string Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
