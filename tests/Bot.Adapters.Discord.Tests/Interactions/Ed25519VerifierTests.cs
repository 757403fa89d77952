using System.Text;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Interactions;

public sealed class Ed25519VerifierTests
{
    private static readonly Ed25519Verifier Vector = new(Rfc8032Vector.PublicKey);

    [Fact]
    public void Verify_Rfc8032Vector_True() =>
        Assert.True(Vector.Verify(Rfc8032Vector.Timestamp, Rfc8032Vector.Signature, Encoding.UTF8.GetBytes(Rfc8032Vector.Body)));

    [Fact]
    public void Verify_VectorWithOneByteAppended_False() =>
        Assert.False(Vector.Verify(Rfc8032Vector.Timestamp, Rfc8032Vector.Signature, Encoding.UTF8.GetBytes(Rfc8032Vector.Body + "}")));

    [Fact]
    public void Verify_VectorSignatureInUpperCase_True() =>
        Assert.True(Vector.Verify(Rfc8032Vector.Timestamp, Rfc8032Vector.Signature.ToUpperInvariant(), Encoding.UTF8.GetBytes(Rfc8032Vector.Body)));

    [Theory]
    [InlineData(null, Rfc8032Vector.Signature)]
    [InlineData("", Rfc8032Vector.Signature)]
    [InlineData(Rfc8032Vector.Timestamp, null)]
    [InlineData(Rfc8032Vector.Timestamp, "")]
    [InlineData(Rfc8032Vector.Timestamp, "00")]
    [InlineData(Rfc8032Vector.Timestamp, "g0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b")]
    public void Verify_MissingOrMalformedInput_FalseWithoutThrowing(string? timestamp, string? signature) =>
        Assert.False(Vector.Verify(timestamp, signature, Encoding.UTF8.GetBytes(Rfc8032Vector.Body)));

    [Fact]
    public void Verify_KeyPairMadeHere_SignsAndVerifies()
    {
        using var signer = new TestSigner();
        var verifier = new Ed25519Verifier(signer.PublicKeyHex);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");

        Assert.True(verifier.Verify("123", signer.Sign("123", body), body));
        Assert.False(verifier.Verify("124", signer.Sign("123", body), body));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("d75a98", false)]
    [InlineData("x75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", false)]
    [InlineData(Rfc8032Vector.PublicKey, true)]
    public void IsValidPublicKey_Table(string? key, bool expected) => Assert.Equal(expected, Ed25519Verifier.IsValidPublicKey(key));
}
