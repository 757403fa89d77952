using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Benchmarks.Load;

/// <summary>
/// Discord's REST API and Slack's Web API reduced to "ok" on loopback, counting what the bot sends: Slack answers to
/// mentions (<c>chat.postMessage</c>) and Discord follow-ups (edits of deferred responses).
/// </summary>
public sealed class FakePlatformApis : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _slackPosts;
    private long _discordEdits;

    private FakePlatformApis(WebApplication app) => _app = app;

    public string SlackApiBaseUrl => _app.Urls.First() + "/slack/api/";

    public string DiscordApiBaseUrl => _app.Urls.First() + "/discord/api/v10";

    public long SlackPosts => Interlocked.Read(ref _slackPosts);

    /// <summary>Deferred interactions completed: edits of the original response (PATCH …/messages/@original).</summary>
    public long DiscordEdits => Interlocked.Read(ref _discordEdits);

    public static async Task<FakePlatformApis> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakePlatformApis(app);
        app.MapPost("/slack/api/{method}", async (HttpContext context, string method) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            if (method == "chat.postMessage")
            {
                Interlocked.Increment(ref fake._slackPosts);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(method == "auth.test"
                ? """{"ok":true,"user_id":"UBOT","team_id":"T1","bot_id":"BBOT"}"""
                : """{"ok":true,"ts":"1800000000.000100","messages":[]}""");
        });
        app.Map("/discord/api/v10/{**path}", async (HttpContext context, string path) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            if (HttpMethods.IsPatch(context.Request.Method) && path.EndsWith("/messages/@original", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref fake._discordEdits);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"1800000000000000001","channel_id":"1"}""");
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
