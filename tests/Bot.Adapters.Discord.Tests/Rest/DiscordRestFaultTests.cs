using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Tests.Rest;

/// <summary>
/// Longer fault sequences than <see cref="DiscordRestClientTests"/>: a storm of 429s before Discord lets a message through,
/// and a route that fails with 5xx on every attempt followed by one that works.
/// </summary>
public sealed class DiscordRestFaultTests : IAsyncLifetime
{
    private const string ChannelPath = "/api/v10/channels/C1/messages";
    private FakeDiscordRest _fake = null!;
    private readonly LogLines _logs = new();

    public async Task InitializeAsync() => _fake = await FakeDiscordRest.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task CreateMessage_ThreeRateLimitsThenSuccess_PostedOnceAfterEachRetryAfter()
    {
        _fake.Respond = (r, earlier) => r.Path == ChannelPath && earlier < 3 ? FakeResponse.RateLimited(0.2) : null;
        using var host = Host();

        await Client(host).CreateMessageAsync("C1", new { content = "digest" }, [], Bounded());

        var calls = _fake.Requests.Where(r => r.Path == ChannelPath).ToList();
        Assert.Equal(4, calls.Count); // three refused, one accepted: the message exists once
        Assert.All(calls, c => Assert.Equal(calls[0].Body, c.Body));
        // Lower bounds only (waiting longer is always allowed): no retry came before its retry_after.
        for (var i = 1; i < calls.Count; i++)
        {
            Assert.True(calls[i].At - calls[i - 1].At >= TimeSpan.FromSeconds(0.15), $"retry {i} after {calls[i].At - calls[i - 1].At}");
        }

        Assert.Equal(3, _logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Text.Contains("rate limit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CreateMessage_ServerErrorOnEveryAttempt_GivesUpLogsAndTheNextMessageGoesThrough()
    {
        var failing = true;
        _fake.Respond = (r, _) => r.Path == ChannelPath && Volatile.Read(ref failing) ? new FakeResponse(500) : null;
        using var host = Host(("Discord:MaxRetries", "2"));
        var client = Client(host);

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateMessageAsync("C1", new { content = "first" }, [], Bounded()));
        var attemptsForFirst = _fake.Requests.Count;
        Volatile.Write(ref failing, false);
        await client.CreateMessageAsync("C1", new { content = "second" }, [], Bounded());

        Assert.Equal(3, attemptsForFirst); // 1 + MaxRetries, then it stops
        Assert.Contains("HTTP 500", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, _logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Text.Contains("retry", StringComparison.Ordinal)));
        var last = _fake.Requests[^1];
        Assert.Equal(4, _fake.Requests.Count); // the next message needed no retry: no state left over from the failures
        Assert.Contains("second", last.Body, StringComparison.Ordinal);
    }

    private IHost Host(params (string Key, string Value)[] overrides)
    {
        var settings = DiscordServices.Defaults(_fake.BaseUrl);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return DiscordServices.Build(settings, logs: _logs);
    }

    private static DiscordRestClient Client(IHost host) => host.Services.GetRequiredService<DiscordRestClient>();

    private static CancellationToken Bounded() => new CancellationTokenSource(Loopback.Bound).Token;
}
