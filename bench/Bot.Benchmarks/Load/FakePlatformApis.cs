using System.Diagnostics;
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
    private long _slackUploads;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _answered = new(StringComparer.Ordinal);

    private FakePlatformApis(WebApplication app) => _app = app;

    public string SlackApiBaseUrl => _app.Urls.First() + "/slack/api/";

    public string DiscordApiBaseUrl => _app.Urls.First() + "/discord/api/v10";

    public long SlackPosts => Interlocked.Read(ref _slackPosts);

    /// <summary>
    /// When each answer arrived (<see cref="Stopwatch"/> ticks), by the Slack mention's <c>ts</c> (the answer's
    /// <c>thread_ts</c>) or the Discord interaction token (in the edit's path).
    /// </summary>
    public bool TryGetAnsweredAt(string key, out long timestamp) => _answered.TryGetValue(key, out timestamp);

    /// <summary>Chart PNGs the bot uploaded into Slack threads.</summary>
    public long SlackUploads => Interlocked.Read(ref _slackUploads);

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
            if (method == "chat.postMessage")
            {
                using var body = await System.Text.Json.JsonDocument.ParseAsync(context.Request.Body);
                if (body.RootElement.TryGetProperty("thread_ts", out var thread) && thread.GetString() is { } ts)
                {
                    fake._answered.TryAdd(ts, Stopwatch.GetTimestamp());
                }

                Interlocked.Increment(ref fake._slackPosts);
            }
            else
            {
                await context.Request.Body.CopyToAsync(Stream.Null);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(method switch
            {
                "auth.test" => """{"ok":true,"user_id":"UBOT","team_id":"T1","bot_id":"BBOT"}""",
                // Charts: the bot asks for an upload URL, sends the PNG there, then completes the upload into the thread.
                "files.getUploadURLExternal" => $$"""{"ok":true,"upload_url":"{{fake._app.Urls.First()}}/slack/upload/F1","file_id":"F1"}""",
                "files.completeUploadExternal" => """{"ok":true,"files":[{"id":"F1"}]}""",
                _ => """{"ok":true,"ts":"1800000000.000100","messages":[]}""",
            });
        });
        app.MapPost("/slack/upload/{id}", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref fake._slackUploads);
            await context.Response.WriteAsync("OK - " + context.Request.ContentLength);
        });
        app.Map("/discord/api/v10/{**path}", async (HttpContext context, string path) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            if (HttpMethods.IsPatch(context.Request.Method) && path.EndsWith("/messages/@original", StringComparison.Ordinal))
            {
                // webhooks/{application}/{token}/messages/@original
                fake._answered.TryAdd(path.Split('/')[2], Stopwatch.GetTimestamp());
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
