using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Tests.Digest;

/// <summary>A real Kestrel server on 127.0.0.1 serving good, broken, slow and huge feeds.</summary>
public sealed class FakeFeedServer : IAsyncDisposable
{
    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Example Wire</title>
          <item><title>Foreign ministers of <b>Korea</b> and Japan meet in Seoul</title><link>https://news.example/a</link><pubDate>Sun, 21 Jun 2026 09:00:00 GMT</pubDate></item>
          <item><title>@everyone look: shuttle diplomacy resumes</title><link>javascript:alert(1)</link><pubDate>Sun, 21 Jun 2026 08:00:00 +0900</pubDate></item>
          <item><title>Old news from last year</title><link>https://news.example/old</link><pubDate>Sat, 21 Jun 2025 08:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
          <entry><title>Trade talks continue</title><link rel="alternate" href="https://atom.example/t"/><updated>2026-06-21T10:00:00Z</updated></entry>
        </feed>
        """;

    private readonly WebApplication _app;

    private FakeFeedServer(WebApplication app) => _app = app;

    public string Url(string path) => _app.Urls.First() + path;

    public static async Task<FakeFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeFeedServer(app);
        app.MapGet("/rss", () => Results.Text(Rss, "application/rss+xml"));
        app.MapGet("/atom", () => Results.Text(Atom, "application/atom+xml"));
        app.MapGet("/garbage", () => Results.Text("<rss><channel><item><title>unclosed", "application/rss+xml"));
        app.MapGet("/html", () => Results.Text("<!DOCTYPE html><html><body>Not a feed</body></html>", "text/html"));
        app.MapGet("/error", () => Results.StatusCode(500));
        app.MapGet("/slow", async (HttpContext context) =>
        {
            // Held until the client gives up and closes the connection.
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        app.MapGet("/huge", async (HttpContext context) =>
        {
            // Chunked, no Content-Length: the reader must count what arrives. Stops once the client hangs up.
            context.Response.ContentType = "application/rss+xml";
            var chunk = Encoding.UTF8.GetBytes(new string('x', 64 * 1024));
            try
            {
                for (var i = 0; i < 160 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
            }
        });
        app.MapGet("/huge-declared", (HttpContext context) =>
        {
            context.Response.ContentLength = 50_000_000;
            context.Response.ContentType = "application/rss+xml";
            return context.Response.Body.WriteAsync(new byte[1024]).AsTask();
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
