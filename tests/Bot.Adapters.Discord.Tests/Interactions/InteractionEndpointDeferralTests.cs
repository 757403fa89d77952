using System.Text.Json;
using Bot.Adapters.Discord.Interactions;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary>A free-form answer that outlasts the budget: deferred at once (type 5), then PATCHed into @original via the REST client.</summary>
public sealed class InteractionEndpointDeferralTests : IAsyncLifetime
{
    private readonly TestSigner _signer = new();
    private readonly GatedRetriever _retriever = new();
    private FakeDiscordRest _rest = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _factory = new DiscordEndpointFactory(_signer.PublicKeyHex, _rest.BaseUrl, _retriever);
        _http = _factory.CreateKestrelClient();
    }

    public async Task DisposeAsync()
    {
        _retriever.Release();
        _http.Dispose();
        await _factory.DisposeAsync();
        await _rest.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task Ask_SlowFreeFormAnswer_DefersThenEditsOriginal()
    {
        var client = new SignedClient(_http, _signer);

        var response = await client.InteractAsync(InteractionJson.Command("ask", "4001", ("question", "is there hope for reconciliation among young people")));

        Assert.Equal(5, response.GetProperty("type").GetInt32());
        Assert.False(_retriever.Entered.IsCompleted && _rest.Count("PATCH", "/api/v10/webhooks") > 0);
        _retriever.Release();
        var edit = await _rest.WaitForAsync(r => r.Method == "PATCH");
        Assert.Equal("/api/v10/webhooks/app1/tok-4001/messages/@original", edit.Path);
        var body = JsonDocument.Parse(edit.Body).RootElement;
        Assert.Single(body.GetProperty("embeds").EnumerateArray());
        Assert.Empty(body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(body.TryGetProperty("flags", out _));
        Assert.Contains(InteractionJson.Strings(body.GetProperty("components")), s => s == "fb:up:4001");
    }

    [Fact]
    public async Task Ask_PrivateSlowAnswer_DefersEphemerally()
    {
        var client = new SignedClient(_http, _signer);

        var response = await client.InteractAsync(InteractionJson.Command("ask", "4002", ("question", "is there hope for reconciliation among young people"), ("private", true)));

        Assert.Equal(5, response.GetProperty("type").GetInt32());
        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        _retriever.Release();
        await _rest.WaitForAsync(r => r.Method == "PATCH" && r.Path.Contains("tok-4002", StringComparison.Ordinal));
        await _factory.Services.GetRequiredService<BackgroundReplies>().DrainAsync(new CancellationTokenSource(Loopback.Bound).Token);
    }
}
