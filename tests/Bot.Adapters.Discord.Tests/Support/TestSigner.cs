using System.Text;
using NSec.Cryptography;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>A fresh Ed25519 key pair per instance, standing in for Discord's signing key.</summary>
public sealed class TestSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>Hex signature over timestamp + body, as Discord sends in <c>X-Signature-Ed25519</c>.</summary>
    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public void Dispose() => _key.Dispose();
}

/// <summary>The RFC 8032 TEST 1 vector from protocols.md A.</summary>
public static class Rfc8032Vector
{
    public const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    public const string Timestamp = "1700000000";
    public const string Body = """{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}""";
    public const string Signature = "f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b";
}
