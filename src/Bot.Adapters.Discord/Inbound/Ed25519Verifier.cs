using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace Bot.Adapters.Discord.Inbound;

/// <summary>
/// Checks Discord's request signature: Ed25519 over the timestamp header immediately followed by the raw body bytes.
/// Verifies the bytes as received; re-serialised JSON would not match.
/// </summary>
public sealed class Ed25519Verifier
{
    private const int SignatureBytes = 64;
    private const int KeyBytes = 32;
    private const int MaxTimestampChars = 32;

    private readonly PublicKey _key;

    public Ed25519Verifier(string publicKeyHex)
    {
        if (!IsValidPublicKey(publicKeyHex))
        {
            throw new ArgumentException("An Ed25519 public key is 64 hexadecimal characters.", nameof(publicKeyHex));
        }

        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex.Trim()), KeyBlobFormat.RawPublicKey);
    }

    public static bool IsValidPublicKey(string? hex)
    {
        Span<byte> bytes = stackalloc byte[KeyBytes];
        return hex is not null && hex.Trim().Length == KeyBytes * 2
            && Convert.FromHexString(hex.Trim(), bytes, out _, out var written) == OperationStatus.Done && written == KeyBytes
            && PublicKey.TryImport(SignatureAlgorithm.Ed25519, bytes, KeyBlobFormat.RawPublicKey, out _);
    }

    /// <summary>False for a missing, malformed or wrong signature; never throws on bad input.</summary>
    public bool Verify(string? timestamp, string? signatureHex, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || timestamp.Length > MaxTimestampChars || signatureHex is null || signatureHex.Length != SignatureBytes * 2)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != SignatureBytes)
        {
            return false;
        }

        var length = Encoding.UTF8.GetByteCount(timestamp) + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var prefix = Encoding.UTF8.GetBytes(timestamp, buffer);
            body.CopyTo(buffer.AsSpan(prefix));
            return SignatureAlgorithm.Ed25519.Verify(_key, buffer.AsSpan(0, length), signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
