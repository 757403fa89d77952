using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Bot.Adapters.Common.Telemetry;
using Bot.Adapters.Slack.Outbound;
using Bot.Adapters.Slack.Rendering;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Tests.WebApi;

public sealed partial class SlackApiClientTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly SlackMessage Message = BlockKitRenderer.Notice("hello");

    private readonly SignallingTimeProvider _time = new(SlackTestApp.Now);
    private readonly ListLoggerProvider _logs = new();
    private FakeSlackServer _slack = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public void Dispose() => _logs.Dispose();

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _slack.DisposeAsync();
    }

    private SlackApiClient Client(int maxRetries = 3, TimeSpan? retryBase = null, TimeSpan? channelInterval = null)
    {
        var options = new SlackOptions
        {
            Mode = SlackMode.Events,
            BotToken = "xoxb-test",
            AppToken = "xapp-test",
            ApiBaseUrl = _slack.ApiBaseUrl,
            MaxRetries = maxRetries,
            RetryBaseDelay = retryBase ?? TimeSpan.Zero,
            RequestTimeout = RequestTimeout,
            ChannelMessageInterval = channelInterval ?? TimeSpan.Zero,
        };
        var services = new ServiceCollection();
        services.AddHttpClient(SlackApiClient.HttpClientName, c => c.BaseAddress = new Uri(_slack.ApiBaseUrl));
        services.AddMetrics();
        _services = services.BuildServiceProvider();
        var wrapped = Options.Create(options);
        return new SlackApiClient(_services.GetRequiredService<IHttpClientFactory>(), wrapped, new ChannelPacer(wrapped, _time), _time, _logs.CreateLogger<SlackApiClient>(),
            new PlatformMetrics(_services.GetRequiredService<IMeterFactory>()));
    }

    /// <summary>What the client created by <see cref="Client"/> counted on one instrument, as "label=value,…" per measurement.</summary>
    private MetricCollector<T> Collect<T>(string instrument)
        where T : struct =>
        new(_services.GetRequiredService<IMeterFactory>(), BotMeters.Platforms, instrument);

    private static string Labels(IReadOnlyDictionary<string, object?> tags) =>
        string.Join(',', tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));

    [Fact]
    public async Task PostMessage_ServerErrorThenOk_CountsBothCallsAndOneError()
    {
        _slack.Script("chat.postMessage", new FakeReply.Status(500));
        var client = Client();
        using var calls = Collect<long>("jkbot.platform.api.calls");
        using var errors = Collect<long>("jkbot.platform.api.errors");

        await client.PostMessageAsync("C1", null, Message, CancellationToken.None);

        Assert.Equal(
            ["method=chat.postMessage,platform=slack,status=5xx", "method=chat.postMessage,platform=slack,status=2xx"],
            calls.GetMeasurementSnapshot().Select(m => Labels(m.Tags)));
        Assert.Equal("method=chat.postMessage,platform=slack,reason=http_5xx", Labels(Assert.Single(errors.GetMeasurementSnapshot()).Tags));
    }

    [Fact]
    public async Task PostMessage_OkFalse_CountedAsAnApiErrorOnA2xxCall()
    {
        _slack.Script("chat.postMessage", new FakeReply.OkFalse("not_in_channel"));
        var client = Client();
        using var calls = Collect<long>("jkbot.platform.api.calls");
        using var errors = Collect<long>("jkbot.platform.api.errors");

        await client.PostMessageAsync("C1", null, Message, CancellationToken.None);

        Assert.Equal("method=chat.postMessage,platform=slack,status=2xx", Labels(Assert.Single(calls.GetMeasurementSnapshot()).Tags));
        // The error code itself stays out of the labels (Slack has hundreds); the log names it.
        Assert.Equal("method=chat.postMessage,platform=slack,reason=api_error", Labels(Assert.Single(errors.GetMeasurementSnapshot()).Tags));
    }

    [Fact]
    public async Task PostMessage_RateLimited_CountsOneWaitOfRetryAfterSeconds()
    {
        _slack.Script("chat.postMessage", new FakeReply.RateLimited(7));
        var client = Client();
        using var waits = Collect<long>("jkbot.platform.rate_limit.waits");
        using var waited = Collect<double>("jkbot.platform.rate_limit.wait.duration");
        using var errors = Collect<long>("jkbot.platform.api.errors");

        var posting = client.PostMessageAsync("C1", null, Message, CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        _time.Advance(TimeSpan.FromSeconds(7));
        Assert.True((await posting.Within()).Ok);

        var wait = Assert.Single(waits.GetMeasurementSnapshot());
        Assert.Equal(1, wait.Value);
        Assert.Equal("method=chat.postMessage,platform=slack", Labels(wait.Tags));
        Assert.Equal(7, Assert.Single(waited.GetMeasurementSnapshot()).Value);
        Assert.Empty(errors.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task PostMessage_Ok_SendsBearerJsonUtf8WithThreadAndNoUnfurl()
    {
        var result = await Client().PostMessageAsync("C1", "1.2", Message, CancellationToken.None);

        var call = Assert.Single(_slack.Calls("chat.postMessage"));
        Assert.True(result.Ok);
        Assert.NotNull(result.Field("ts"));
        Assert.Equal("Bearer xoxb-test", call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Equal("1.2", call.Str("thread_ts"));
        Assert.False(call.Body.GetProperty("unfurl_links").GetBoolean());
    }

    [Fact]
    public async Task OpenConnection_UsesTheAppToken()
    {
        await Client().OpenConnectionAsync(CancellationToken.None);

        Assert.Equal("Bearer xapp-test", Assert.Single(_slack.Calls("apps.connections.open")).Authorization);
    }

    [Theory]
    [InlineData("not_in_channel", "invite it")]
    [InlineData("invalid_auth", "Slack:BotToken")]
    [InlineData("channel_not_found", "does not exist")]
    [InlineData("msg_blocks_too_long", "Block Kit")]
    public async Task PostMessage_OkFalse_NotRetriedAndLoggedWithCodeAndHint(string error, string hint)
    {
        _slack.Script("chat.postMessage", new FakeReply.OkFalse(error));

        var result = await Client().PostMessageAsync("C1", null, Message, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(error, result.Error);
        Assert.Single(_slack.Calls("chat.postMessage"));
        var line = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error).Message;
        Assert.Contains($"Slack chat.postMessage failed: {error} (channel C1)", line, StringComparison.Ordinal);
        Assert.Contains(hint, line, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-test", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddReaction_MissingScope_LogsTheScopeNeeded()
    {
        _slack.Script("reactions.add", new FakeReply.OkFalse("missing_scope", "reactions:write"));

        await Client().AddReactionAsync("C1", "1.2", "eyes", CancellationToken.None);

        Assert.True(_logs.Contains(LogLevel.Error, "Slack reactions.add failed: missing_scope (needed: reactions:write)"));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task PostMessage_Other4xx_NotRetried(int status)
    {
        _slack.Script("chat.postMessage", new FakeReply.Status(status));

        var result = await Client().PostMessageAsync("C1", null, Message, CancellationToken.None);

        Assert.Equal($"http_{status}", result.Error);
        Assert.Single(_slack.Calls("chat.postMessage"));
    }

    [Fact]
    public async Task PostMessage_ServerErrorsThenOk_RetriedUntilOk()
    {
        _slack.Script("chat.postMessage", new FakeReply.Status(500), new FakeReply.Status(503));

        var result = await Client().PostMessageAsync("C1", null, Message, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal(3, _slack.Calls("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_ServerErrorsForever_BoundedAttemptsThenLogged()
    {
        _slack.Script("chat.postMessage", Enumerable.Repeat<FakeReply>(new FakeReply.Status(502), 10).ToArray());

        var result = await Client(maxRetries: 2).PostMessageAsync("C1", null, Message, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("http_502", result.Error);
        Assert.Equal(3, _slack.Calls("chat.postMessage").Count);
        Assert.True(_logs.Contains(LogLevel.Error, "Slack chat.postMessage failed: http_502"));
    }

    [Fact]
    public async Task PostMessage_ServerError_WaitsABackoffWithJitterBeforeRetrying()
    {
        _slack.Script("chat.postMessage", new FakeReply.Status(500));
        var client = Client(retryBase: TimeSpan.FromSeconds(1));

        var posting = client.PostMessageAsync("C1", null, Message, CancellationToken.None);
        TimeSpan backoff;
        while ((backoff = await _time.NextTimerAsync()) == RequestTimeout)
        {
        }

        var callsWhileWaiting = _slack.Calls("chat.postMessage").Count;
        _time.Advance(backoff);
        var result = await posting.Within();

        Assert.InRange(backoff, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        Assert.Equal(1, callsWhileWaiting);
        Assert.True(result.Ok);
        Assert.Equal(2, _slack.Calls("chat.postMessage").Count);
    }

    [Fact]
    public async Task PostMessage_Timeout_RetriedAndSucceeds()
    {
        _slack.Script("chat.postMessage", new FakeReply.Hang());
        var client = Client();

        var posting = client.PostMessageAsync("C1", null, Message, CancellationToken.None);
        await _slack.WaitForAsync("chat.postMessage");
        _time.Advance(RequestTimeout);
        var result = await posting.Within();

        Assert.True(result.Ok);
        Assert.Equal(2, _slack.Calls("chat.postMessage").Count);
        Assert.True(_logs.Contains(LogLevel.Warning, "(timeout)"));
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterForThatMethodOnly()
    {
        _slack.Script("chat.postMessage", new FakeReply.RateLimited(7));
        var client = Client();

        var posting = client.PostMessageAsync("C1", null, Message, CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        var reaction = await client.AddReactionAsync("C1", "1.2", "eyes", CancellationToken.None).Within();
        var postsWhileBlocked = _slack.Calls("chat.postMessage").Count;
        _time.Advance(TimeSpan.FromSeconds(7));
        var result = await posting.Within();

        Assert.True(reaction.Ok);
        Assert.Equal(1, postsWhileBlocked);
        Assert.True(result.Ok);
        Assert.Equal(2, _slack.Calls("chat.postMessage").Count);
        Assert.True(_logs.Contains(LogLevel.Warning, "Slack chat.postMessage rate-limited: waiting 7 s"));
    }

    [Fact]
    public async Task PostMessage_TwoToOneChannel_SecondWaitsForItsSlot()
    {
        var client = Client(channelInterval: TimeSpan.FromSeconds(1));
        await client.PostMessageAsync("C1", null, Message, CancellationToken.None);

        var second = client.PostMessageAsync("C1", null, Message, CancellationToken.None);
        await _time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        var postedBeforeSlot = _slack.Calls("chat.postMessage").Count;
        var otherChannel = await client.PostMessageAsync("C2", null, Message, CancellationToken.None).Within();
        _time.Advance(TimeSpan.FromSeconds(1));
        await second.Within();

        Assert.Equal(1, postedBeforeSlot);
        Assert.True(otherChannel.Ok);
        Assert.Equal(3, _slack.Calls("chat.postMessage").Count);
    }

    [Theory]
    [InlineData("http://evil.example/hook")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task Respond_NotHttpsNorLoopback_Refused(string url)
    {
        var result = await Client().RespondAsync(url, new JsonObject { ["text"] = "x" }, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Empty(_slack.Calls());
    }

    [Fact]
    public async Task Respond_PlainOkBody_Succeeds()
    {
        var result = await Client().RespondAsync(_slack.ResponseUrl("r1"), new JsonObject { ["text"] = "x" }, CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Null(Assert.Single(_slack.Calls("response_url")).Authorization);
    }
}
