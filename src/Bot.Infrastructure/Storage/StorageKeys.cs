using System.Security.Cryptography;
using System.Text;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Keeps every id that reaches a LiteDB index under LiteDB's limit (an index key must be under 1,023 bytes): an id up to
/// <see cref="MaxLength"/> characters is stored as it is (at most 4 UTF-8 bytes each), a longer one as its SHA-256. The same input
/// always gives the same key, so lookups, claims and upserts still meet; a forged 100,000-character button value becomes an
/// ordinary key instead of a write LiteDB refuses.
/// </summary>
internal static class StorageKeys
{
    public const int MaxLength = 250;

    public static string Bound(string key) =>
        key.Length <= MaxLength ? key : "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
