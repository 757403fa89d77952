using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Support;

/// <summary>One request a <see cref="FakeApi"/> received.</summary>
public sealed record FakeApiRequest(string Method, string Path, string? Authorization, string Body);

/// <summary>What a <see cref="FakeApi"/> answers: a status, a JSON body, headers, and how long it takes (a slow API).</summary>
public sealed record FakeApiResponse(int Status, string Body = "{}", IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

/// <summary>
/// A stand-in for every remote API the host talks to (Discord REST, Slack Web API, an OpenAI-compatible LLM) on
/// loopback, for tests that run the host as a real process: records each request and answers from <see cref="Respond"/>.
/// </summary>
public sealed class FakeApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeApiRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeApi(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    /// <summary>Where <c>Slack__ApiBaseUrl</c> points when this fake plays Slack's Web API (paths <c>/api/{method}</c>).</summary>
    public string SlackApiBaseUrl => Url + "/api/";

    /// <summary>Slack's <c>auth.test</c> answer, which the bot asks for at start: its own user, team and bot ids.</summary>
    public static FakeApiResponse SlackIdentity { get; } = new(200, """{"ok":true,"user_id":"UBOT","team_id":"T1","bot_id":"BBOT","ts":"1.2","channel":"C1"}""");

    /// <summary>The last path segment of every request, in arrival order: the Slack Web API method names.</summary>
    public IReadOnlyList<string> Methods => [.. _requests.Select(r => r.Path.Split('/')[^1])];

    /// <summary>Decides each answer; the default is 200 with <c>{"ok":true}</c>.</summary>
    public Func<FakeApiRequest, FakeApiResponse> Respond { get; set; } = _ => new FakeApiResponse(200, """{"ok":true}""");

    public IReadOnlyList<FakeApiRequest> Requests => [.. _requests];

    public static async Task<FakeApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeApi(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Waits (bounded) until a request matching <paramref name="match"/> has arrived.</summary>
    public async Task<FakeApiRequest> WaitForAsync(Func<FakeApiRequest, bool> match) => (await WaitForAsync(match, 1))[0];

    /// <summary>Waits (bounded) until <paramref name="count"/> requests matching <paramref name="match"/> have arrived; returns them all.</summary>
    public async Task<IReadOnlyList<FakeApiRequest>> WaitForAsync(Func<FakeApiRequest, bool> match, int count)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var found = _requests.Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            // One release per arrival, so no arrival is missed between the check and the wait.
            await _arrived.WaitAsync(bound.Token);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var request = new FakeApiRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(),
            await reader.ReadToEndAsync());
        _requests.Enqueue(request);
        _arrived.Release();

        var response = Respond(request);
        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
