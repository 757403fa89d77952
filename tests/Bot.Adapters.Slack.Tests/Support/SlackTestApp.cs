using System.Net.Http.Headers;
using System.Text;
using Bot.Adapters.Slack.Inbound;
using Bot.Core.Abstractions;
using Bot.Core.Routing;
using Bot.Infrastructure.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>
/// The Slack endpoints as the host serves them: a real Kestrel app on 127.0.0.1 with AddSlack/MapSlack over the real
/// router and knowledge base, real LiteDB storage in a temp file, and Slack's Web API pointed at a fake server.
/// </summary>
public sealed class SlackTestApp : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    /// <summary>"Today" for the app: the router's relative dates and the signature window read this clock.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 30, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private SlackTestApp(WebApplication app, FakeTimeProvider time, ListLoggerProvider logs)
    {
        _app = app;
        Time = time;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Overrides on top of the test defaults (Events mode, one worker, no pacing, no retry delay).</param>
    /// <param name="signalling">A clock that reports its timers, for tests that must know when the app is waiting.</param>
    /// <param name="configure">Extra registrations after AddSlack (e.g. a chart renderer, as the host adds one).</param>
    public static async Task<SlackTestApp> StartAsync(
        FakeSlackServer slack, string databasePath, IDictionary<string, string?>? settings = null, FakeTimeProvider? time = null,
        SignallingTimeProvider? signalling = null, Action<IServiceCollection>? configure = null)
    {
        time = signalling?.Fake ?? time ?? new FakeTimeProvider(Now);
        var logs = new ListLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        var configuration = new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "Events",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            // One worker answers in arrival order, so a later sentinel event proves an earlier duplicate was skipped.
            ["Slack:Workers"] = "1",
            ["Slack:ChannelMessageInterval"] = "00:00:00",
            ["Slack:RetryBaseDelay"] = "00:00:00",
            ["Storage:Path"] = databasePath,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddSingleton<TimeProvider>(signalling is null ? time : signalling);
        builder.Services.AddSingleton<IKnowledgeProvider>(new FixedKnowledgeProvider(RepositoryKnowledge.Current));
        builder.Services.AddStorage();
        // As Bot.Host composes the router (CoreServices.AddBotCore), with no retriever configured.
        builder.Services.AddSingleton(sp => new IntentRouter(
            sp.GetRequiredService<IKnowledgeProvider>(),
            IntentPipeline.Create(new NullRetriever()),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IQueryLog>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IQuestionThrottle>()));
        builder.Services.AddSlack();
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapSlack();
        await app.StartAsync();
        return new SlackTestApp(app, time, logs);
    }

    /// <summary>POSTs a body signed the way Slack signs it, at the app's current time unless told otherwise.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string contentType, long? timestamp = null, string? signature = null, IDictionary<string, string>? headers = null) =>
        PostSignedAsync(path, Encoding.UTF8.GetBytes(body), contentType, timestamp, signature, headers);

    /// <summary>As above, for bodies that are not valid UTF-8 text (fuzzing inputs).</summary>
    public Task<HttpResponseMessage> PostSignedAsync(
        string path, byte[] bytes, string contentType, long? timestamp = null, string? signature = null, IDictionary<string, string>? headers = null)
    {
        var ts = (timestamp ?? Time.GetUtcNow().ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature ?? SlackSignatureVerifier.Compute(SigningSecret, ts, bytes));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostEventAsync(string json, IDictionary<string, string>? headers = null) =>
        PostSignedAsync("/slack/events", json, "application/json", headers: headers);

    public Task<HttpResponseMessage> PostFormAsync(string path, IDictionary<string, string> fields) =>
        PostSignedAsync(path, Form(fields), "application/x-www-form-urlencoded");

    public static string Form(IDictionary<string, string> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    /// <summary>Stops the host as SIGTERM does (Kestrel first, then the hosted services in reverse order).</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
