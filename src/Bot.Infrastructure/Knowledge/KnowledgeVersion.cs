using System.Security.Cryptography;
using System.Text;

namespace Bot.Infrastructure.Knowledge;

internal static class KnowledgeVersion
{
    /// <summary>
    /// A short SHA-256 of the files' paths and contents in path order: equal folders give equal versions
    /// whatever the disk order, and renaming an FAQ file (its id) changes the version.
    /// </summary>
    public static string Of(IEnumerable<KnowledgeFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var file in files.OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            // The separator and length prefix keep ("a", "bc") and ("ab", "c") apart.
            hash.AppendData(Encoding.UTF8.GetBytes(file.Relative + "\0"));
            BitConverter.TryWriteBytes(length, (long)file.Bytes.Length);
            hash.AppendData(length);
            hash.AppendData(file.Bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
