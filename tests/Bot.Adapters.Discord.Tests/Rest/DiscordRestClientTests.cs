using System.Text.Json;
using Bot.Adapters.Discord.Rendering;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Adapters.Discord.Tests.Rest;

/// <summary>The REST client against a fake Discord on loopback that injects 429s, 5xx, timeouts and refusals.</summary>
public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private const string CallbackPath = "/api/v10/interactions/111/tok/callback";
    private static readonly InteractionResponse Pong = new(1);

    private FakeDiscordRest _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscordRest.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Send_Always_SendsBotAuthorizationUserAgentAndJson()
    {
        using var host = Host();

        await Client(host).CreateInteractionResponseAsync("111", "tok", Pong, Bounded());

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(CallbackPath, request.Path);
        Assert.Equal("Bot test-token", request.Headers["Authorization"]);
        Assert.Matches(@"^DiscordBot \(https?://\S+, [0-9][^)]*\)$", request.Headers["User-Agent"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal("""{"type":1}""", request.Body);
    }

    [Fact]
    public async Task Send_RouteRateLimited_WaitsRetryAfterThenSucceeds()
    {
        _fake.Respond = (_, earlier) => earlier == 0 ? FakeResponse.RateLimited(0.2) : null;
        using var host = Host();

        await Client(host).CreateInteractionResponseAsync("111", "tok", Pong, Bounded());

        var calls = _fake.Requests;
        Assert.Equal(2, calls.Count);
        // A lower bound only (waiting longer is always allowed): the retry did not come before retry_after.
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.15), $"retried after {calls[1].At - calls[0].At}");
    }

    [Fact]
    public async Task Send_GlobalRateLimit_HoldsBackOtherRoutesToo()
    {
        _fake.Respond = (r, earlier) => r.Path == CallbackPath && earlier == 0 ? FakeResponse.RateLimited(0.3, global: true) : null;
        using var host = Host();
        var client = Client(host);

        await client.CreateInteractionResponseAsync("111", "tok", Pong, Bounded());
        await client.CreateInteractionResponseAsync("222", "other", Pong, Bounded());

        var first = _fake.Requests[0];
        var other = _fake.Requests.Single(r => r.Path.Contains("/222/", StringComparison.Ordinal));
        Assert.Equal(3, _fake.Requests.Count);
        Assert.True(other.At - first.At >= TimeSpan.FromSeconds(0.25), $"other route went after {other.At - first.At}");
    }

    [Fact]
    public async Task Send_RemainingZeroInHeaders_WaitsForTheBucketReset()
    {
        _fake.Respond = (_, earlier) => earlier == 0
            ? new FakeResponse(204, Headers: new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "abc", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.3", ["X-RateLimit-Limit"] = "5" })
            : null;
        using var host = Host();
        var client = Client(host);

        await client.EditOriginalResponseAsync("tok", EmbedRenderer.Notice("one"), Bounded());
        await client.EditOriginalResponseAsync("tok", EmbedRenderer.Notice("two"), Bounded());

        var calls = _fake.Requests;
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.25), $"second call after {calls[1].At - calls[0].At}");
    }

    [Fact]
    public async Task Send_ServerErrorsThenSuccess_RetriesWithBackoff()
    {
        _fake.Respond = (_, earlier) => earlier < 2 ? new FakeResponse(earlier == 0 ? 500 : 502) : null;
        using var host = Host();

        await Client(host).CreateInteractionResponseAsync("111", "tok", Pong, Bounded());

        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task Send_ServerErrorEveryTime_GivesUpAfterMaxRetries()
    {
        _fake.Respond = (_, _) => new FakeResponse(503);
        using var host = Host(("Discord:MaxRetries", "2"));

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => Client(host).CreateInteractionResponseAsync("111", "tok", Pong, Bounded()));

        Assert.Equal(3, _fake.Requests.Count);
        Assert.Contains("HTTP 503", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_FirstAttemptTimesOut_RetriesAndSucceeds()
    {
        _fake.Respond = (_, earlier) => earlier == 0 ? new FakeResponse(0, Hang: true) : null;
        using var host = Host(("Discord:RequestTimeout", "00:00:00.300"));

        await Client(host).CreateInteractionResponseAsync("111", "tok", Pong, Bounded());

        Assert.Equal(2, _fake.Requests.Count);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(400)]
    public async Task Send_ClientError_IsNotRetried(int status)
    {
        _fake.Respond = (_, _) => new FakeResponse(status, """{"message":"nope","code":50001}""");
        using var host = Host();

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => Client(host).CreateInteractionResponseAsync("111", "tok", Pong, Bounded()));

        Assert.Single(_fake.Requests);
        Assert.Equal(status, ex.Status);
        Assert.Equal(50001, ex.Code);
    }

    [Fact]
    public async Task Send_RateLimitedEveryTime_GivesUpAfterMaxRetries()
    {
        _fake.Respond = (_, _) => FakeResponse.RateLimited(0.01);
        using var host = Host(("Discord:MaxRetries", "2"));

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => Client(host).CreateInteractionResponseAsync("111", "tok", Pong, Bounded()));

        Assert.Equal(429, ex.Status);
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task Send_InvalidRequestCapReached_StopsCallingDiscord()
    {
        _fake.Respond = (_, _) => new FakeResponse(401, """{"message":"401: Unauthorized","code":0}""");
        using var host = Host(("Discord:InvalidRequestCap", "3"));
        var client = Client(host);

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateInteractionResponseAsync("111", "tok", Pong, Bounded()));
        }

        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateInteractionResponseAsync("111", "tok", Pong, Bounded()));

        Assert.Equal(3, _fake.Requests.Count);
        Assert.Contains("InvalidRequestCap", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGatewayBot_ReadsUrlAndSessionStartLimit()
    {
        _fake.GatewayUrl = "wss://gateway.example";
        using var host = Host();

        var info = await Client(host).GetGatewayBotAsync(Bounded());

        Assert.Equal("wss://gateway.example", info.Url);
        Assert.Equal(999, info.SessionStartLimit.Remaining);
        Assert.Equal(14_400_000, info.SessionStartLimit.ResetAfter);
    }

    [Fact]
    public async Task EditOriginal_PatchesWebhookMessage()
    {
        using var host = Host();

        await Client(host).EditOriginalResponseAsync("tok/../x", EmbedRenderer.Notice("@everyone done", ephemeral: false), Bounded());

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/api/v10/webhooks/app1/tok%2F..%2Fx/messages/@original", request.Path);
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("@\u200Beveryone done", body.GetProperty("content").GetString());
        Assert.Empty(body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }

    private IHost Host(params (string Key, string Value)[] overrides)
    {
        var settings = DiscordServices.Defaults(_fake.BaseUrl);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return DiscordServices.Build(settings);
    }

    private static DiscordRestClient Client(IHost host) => host.Services.GetRequiredService<DiscordRestClient>();

    private static CancellationToken Bounded() => new CancellationTokenSource(Loopback.Bound).Token;
}
