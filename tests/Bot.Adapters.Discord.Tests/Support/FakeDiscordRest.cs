using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>One request the fake REST server received.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);

/// <summary>
/// A scripted response: status, body, headers; <see cref="Hang"/> never answers (the client must time out);
/// <see cref="After"/> answers only once that task completes (a reply held in flight at a chosen moment).
/// </summary>
public sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, bool Hang = false, Task? After = null)
{
    public static FakeResponse RateLimited(double retryAfter, bool global = false) => new(429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
        global
            ? new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global", ["Retry-After"] = "1" }
            : new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user", ["X-RateLimit-Bucket"] = "b-route", ["X-RateLimit-Remaining"] = "0", ["Retry-After"] = "1" });
}

/// <summary>
/// A fake Discord REST API on loopback: records every call, answers from a script (<see cref="Respond"/>), and by default
/// behaves like Discord (204 for callbacks and edits, the command list echoed for PUT, a Gateway URL for GET /gateway/bot).
/// </summary>
public sealed class FakeDiscordRest : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private FakeDiscordRest(WebApplication app) => _app = app;

    public string BaseUrl => Loopback.Address(_app) + "/api/v10";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Returns the response for a request (null: the default). The int counts earlier requests to the same path.</summary>
    public Func<RecordedRequest, int, FakeResponse?>? Respond { get; set; }

    /// <summary>What GET /gateway/bot hands out.</summary>
    public string GatewayUrl { get; set; } = "ws://127.0.0.1:1/gateway";

    public static async Task<FakeDiscordRest> StartAsync()
    {
        var app = Loopback.Create();
        var fake = new FakeDiscordRest(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Waits for a request matching <paramref name="match"/> (already received or still to come).</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match)
    {
        using var timeout = new CancellationTokenSource(Loopback.Bound);
        while (true)
        {
            if (_requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await _arrived.WaitAsync(timeout.Token);
        }
    }

    public int Count(string method, string pathPrefix) =>
        _requests.Count(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            DateTimeOffset.UtcNow);
        var earlier = _requests.Count(r => r.Method == request.Method && r.Path == request.Path);
        _requests.Enqueue(request);
        _arrived.Release(1000);

        var response = Respond?.Invoke(request, earlier) ?? Default(request);
        if (response.Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        if (response.After is not null)
        {
            await response.After.WaitAsync(context.RequestAborted);
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    private FakeResponse Default(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "/api/v10/gateway/bot") => new FakeResponse(200,
            $$$"""{"url":"{{{GatewayUrl}}}","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}"""),
        ("PUT", _) => new FakeResponse(200, request.Body),
        _ => new FakeResponse(204),
    };
}
