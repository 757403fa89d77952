using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.SlackLoad;

/// <summary>Slack's Web API reduced to "ok" on loopback, counting the answers the bot posts.</summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _posts;

    private FakeSlackApi(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First() + "/api/";

    public long Posts => Interlocked.Read(ref _posts);

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeSlackApi(app);
        app.MapPost("/api/{method}", async (HttpContext context, string method) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            if (method == "chat.postMessage")
            {
                Interlocked.Increment(ref api._posts);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(method == "auth.test"
                ? """{"ok":true,"user_id":"UBOT","team_id":"T1","bot_id":"BBOT"}"""
                : """{"ok":true,"ts":"1800000000.000100"}""");
        });
        await app.StartAsync();
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
