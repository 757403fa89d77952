using System.Net.Sockets;
using System.Text.Json;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary>An answer that outlasts the budget (as a free-form or LLM answer may): deferred at once (type 5), then PATCHed into @original via the REST client.</summary>
public sealed class InteractionEndpointDeferralTests : IAsyncLifetime
{
    private readonly TestSigner _signer = new();
    private readonly GatedIntent _slow = new();
    private FakeDiscordRest _rest = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _factory = new DiscordEndpointFactory(_signer.PublicKeyHex, _rest.BaseUrl, _slow);
        _http = _factory.CreateKestrelClient();
    }

    public async Task DisposeAsync()
    {
        _slow.Release();
        _http.Dispose();
        await _factory.DisposeAsync();
        await _rest.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task Ask_SlowAnswer_DefersThenEditsOriginal()
    {
        var client = new SignedClient(_http, _signer);

        var response = await client.InteractAsync(InteractionJson.Command("ask", "4001", ("question", "When was the 1965 treaty signed?")));

        Assert.Equal(5, response.GetProperty("type").GetInt32());
        Assert.Equal(0, _rest.Count("PATCH", "/api/v10/webhooks"));
        _slow.Release();
        var edit = await _rest.WaitForAsync(r => r.Method == "PATCH");
        Assert.Equal("/api/v10/webhooks/app1/tok-4001/messages/@original", edit.Path);
        var body = JsonDocument.Parse(edit.Body).RootElement;
        Assert.Contains("1965", Assert.Single(body.GetProperty("embeds").EnumerateArray()).GetRawText(), StringComparison.Ordinal);
        Assert.Empty(body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(body.TryGetProperty("flags", out _));
        Assert.Contains(InteractionJson.Strings(body.GetProperty("components")), s => s == "fb:up:4001");
    }

    [Fact]
    public async Task Ask_PrivateSlowAnswer_DefersEphemerally()
    {
        var client = new SignedClient(_http, _signer);

        var response = await client.InteractAsync(InteractionJson.Command("ask", "4002", ("question", "When was the 1965 treaty signed?"), ("private", true)));

        Assert.Equal(5, response.GetProperty("type").GetInt32());
        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        _slow.Release();
        await _rest.WaitForAsync(r => r.Method == "PATCH" && r.Path.Contains("tok-4002", StringComparison.Ordinal));
        await _factory.Services.GetRequiredKeyedService<Bot.Adapters.Common.Work.WorkQueue>(Bot.Core.Platforms.Discord).DrainAsync(new CancellationTokenSource(Loopback.Bound).Token);
    }

    /// <summary>
    /// The host stops (SIGTERM, a deploy) while a deferred answer is still being computed: the user already sees "thinking…",
    /// so the stop waits (bounded by the host's shutdown timeout) for the answer and its edit of @original.
    /// </summary>
    [Fact]
    public async Task HostStops_DeferredAnswerStillComputing_EditSentBeforeTheHostHasStopped()
    {
        var client = new SignedClient(_http, _signer);
        var deferred = await client.InteractAsync(InteractionJson.Command("ask", "4101", ("question", "When was the 1965 treaty signed?")));

        // Disposing the factory stops its host: Kestrel first, then the hosted services in reverse order.
        var stopping = _factory.DisposeAsync().AsTask();
        await WaitUntilRefusedAsync(client);
        var stoppedBeforeTheAnswer = stopping.IsCompleted;
        _slow.Release();
        await stopping.WaitAsync(Loopback.Bound);

        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.False(stoppedBeforeTheAnswer);
        var edit = Assert.Single(_rest.Requests, r => r.Method == "PATCH");
        Assert.Equal("/api/v10/webhooks/app1/tok-4101/messages/@original", edit.Path);
        Assert.Contains("1965", edit.Body, StringComparison.Ordinal);
    }

    /// <summary>Kestrel has stopped once a new request is refused; the stop has then moved on to the background replies.</summary>
    private static async Task WaitUntilRefusedAsync(SignedClient client)
    {
        using var bound = new CancellationTokenSource(Loopback.Bound);
        while (true)
        {
            try
            {
                using var _ = await client.PostAsync("""{"type":1}""").WaitAsync(bound.Token);
            }
            catch (Exception ex) when (ex is HttpRequestException or SocketException or ObjectDisposedException)
            {
                return;
            }

            await Task.Delay(20, bound.Token);
        }
    }
}
