using System.Net;
using System.Text;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary>The endpoint over real HTTP: signatures (ours and the RFC 8032 vector), PING, and every kind of bad request.</summary>
public sealed class InteractionEndpointSignatureTests(EndpointFixture app) : IClassFixture<EndpointFixture>
{
    [Fact]
    public async Task Post_SignedPing_ReturnsPongAsJson()
    {
        using var response = await app.Client.PostAsync(InteractionJson.Ping());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_NoSignatureHeaders_Returns401()
    {
        using var response = await app.Client.PostRawAsync(Encoding.UTF8.GetBytes(InteractionJson.Ping()), null, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedByAnotherKey_Returns401()
    {
        using var stranger = new TestSigner();
        var body = Encoding.UTF8.GetBytes(InteractionJson.Ping());

        using var response = await app.Client.PostRawAsync(body, SignedClient.Timestamp, stranger.Sign(SignedClient.Timestamp, body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Returns401()
    {
        var signed = Encoding.UTF8.GetBytes(InteractionJson.Ping());
        var sent = Encoding.UTF8.GetBytes(InteractionJson.Ping().Replace("\"version\":1", "\"version\":1 ", StringComparison.Ordinal));

        using var response = await app.Client.PostRawAsync(sent, SignedClient.Timestamp, app.Signer.Sign(SignedClient.Timestamp, signed));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TimestampChangedAfterSigning_Returns401()
    {
        var body = Encoding.UTF8.GetBytes(InteractionJson.Ping());

        using var response = await app.Client.PostRawAsync(body, "1700000001", app.Signer.Sign(SignedClient.Timestamp, body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-hex")]
    [InlineData("abcd")]
    [InlineData("zz0d878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b")]
    public async Task Post_MalformedSignature_Returns401(string signature)
    {
        using var response = await app.Client.PostRawAsync(Encoding.UTF8.GetBytes(InteractionJson.Ping()), SignedClient.Timestamp, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnsignedGarbage_Returns401NotParsed()
    {
        // Verification comes before parsing: an unsigned malformed body is refused as unsigned, never read.
        using var response = await app.Client.PostRawAsync("{not json"u8.ToArray(), SignedClient.Timestamp, new string('0', 128));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("\"ping\"")]
    [InlineData("""{"id":"1","token":"t"}""")]
    [InlineData("""{"type":"1","id":"1","token":"t"}""")]
    [InlineData("""{"type":2,"token":"t"}""")]
    [InlineData("""{"type":2,"id":"1","token":"t","data":{"name":"ask","options":{"name":"question"}}}""")]
    public async Task Post_SignedMalformedInteraction_Returns400(string json)
    {
        using var response = await app.Client.PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(99)]
    [InlineData(0)]
    public async Task Post_SignedUnknownInteractionType_Returns400(int type)
    {
        using var response = await app.Client.PostAsync($$$"""{"type":{{{type}}},"id":"7","token":"t","data":{}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_DeclaredLengthOverCap_Returns413()
    {
        var body = Encoding.UTF8.GetBytes(InteractionJson.Ping().Replace("\"version\":1", $"\"version\":1,\"pad\":\"{new string('x', 20_000)}\"", StringComparison.Ordinal));

        using var response = await app.Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverCap_Returns413()
    {
        var body = Encoding.UTF8.GetBytes(new string(' ', 20_000) + InteractionJson.Ping());
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", SignedClient.Timestamp);
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", app.Signer.Sign(SignedClient.Timestamp, body));

        using var response = await app.Http.SendAsync(request).WaitAsync(Loopback.Bound);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_Endpoint_IsNotAnInteraction()
    {
        using var response = await app.Http.GetAsync(new Uri("/discord/interactions", UriKind.Relative)).WaitAsync(Loopback.Bound);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}

/// <summary>The published test vector through the running endpoint: the key from protocols.md verifies its signature, and nothing else.</summary>
public sealed class InteractionEndpointVectorTests : IAsyncLifetime
{
    private FakeDiscordRest _rest = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _factory = new DiscordEndpointFactory(Rfc8032Vector.PublicKey, _rest.BaseUrl);
        _http = _factory.CreateKestrelClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        await _rest.DisposeAsync();
    }

    [Fact]
    public async Task Post_Rfc8032VectorPing_ReturnsPong()
    {
        using var signer = new TestSigner();
        var client = new SignedClient(_http, signer);

        using var response = await client.PostRawAsync(Encoding.UTF8.GetBytes(Rfc8032Vector.Body), Rfc8032Vector.Timestamp, Rfc8032Vector.Signature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Rfc8032VectorWithOneByteAppended_Returns401()
    {
        using var signer = new TestSigner();
        var client = new SignedClient(_http, signer);

        using var response = await client.PostRawAsync(Encoding.UTF8.GetBytes(Rfc8032Vector.Body + " "), Rfc8032Vector.Timestamp, Rfc8032Vector.Signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
