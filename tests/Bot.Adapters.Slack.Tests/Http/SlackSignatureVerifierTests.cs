using System.Text;
using Bot.Adapters.Slack.Inbound;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Slack.Tests.Http;

public sealed class SlackSignatureVerifierTests
{
    // Slack's documented example (protocols.md section E).
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly DateTimeOffset VectorTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static SlackSignatureVerifier Verifier(DateTimeOffset now, string? secret = Secret) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret }), new FakeTimeProvider(now));

    private static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Compute_SlackDocumentedVector_MatchesExpectedSignature()
    {
        Assert.Equal(Expected, SlackSignatureVerifier.Compute(Secret, Timestamp, Bytes(Body)));
    }

    [Fact]
    public void IsValid_DocumentedVectorWithClockAtItsTimestamp_True()
    {
        Assert.True(Verifier(VectorTime).IsValid(Timestamp, Expected, Bytes(Body)));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    [InlineData(0)]
    public void IsValid_WithinFiveMinutes_True(int offsetSeconds)
    {
        Assert.True(Verifier(VectorTime.AddSeconds(offsetSeconds)).IsValid(Timestamp, Expected, Bytes(Body)));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86_400 * 365 * 8)]
    public void IsValid_OutsideFiveMinutes_False(int offsetSeconds)
    {
        Assert.False(Verifier(VectorTime.AddSeconds(offsetSeconds)).IsValid(Timestamp, Expected, Bytes(Body)));
    }

    [Fact]
    public void IsValid_OneByteAppendedToBody_False()
    {
        Assert.False(Verifier(VectorTime).IsValid(Timestamp, Expected, Bytes(Body + "x")));
    }

    [Fact]
    public void IsValid_TimestampChangedBySignatureKept_False()
    {
        Assert.False(Verifier(VectorTime).IsValid("1531420619", Expected, Bytes(Body)));
    }

    [Fact]
    public void IsValid_OtherSecret_False()
    {
        Assert.False(Verifier(VectorTime, "another-secret").IsValid(Timestamp, Expected, Bytes(Body)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void IsValid_NoSecretConfigured_False(string? secret)
    {
        Assert.False(Verifier(VectorTime, secret).IsValid(Timestamp, Expected, Bytes(Body)));
    }

    [Theory]
    [InlineData(null, Expected)]
    [InlineData("", Expected)]
    [InlineData("not-a-number", Expected)]
    [InlineData("-1531420618", Expected)]
    [InlineData(" 1531420618", Expected)]
    [InlineData(Timestamp, null)]
    [InlineData(Timestamp, "")]
    [InlineData(Timestamp, "v0=")]
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData(Timestamp, "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData(Timestamp, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50")]
    [InlineData(Timestamp, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5033")]
    [InlineData(Timestamp, "v0=ä2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void IsValid_MissingOrMalformedHeaders_False(string? timestamp, string? signature)
    {
        Assert.False(Verifier(VectorTime).IsValid(timestamp, signature, Bytes(Body)));
    }
}
