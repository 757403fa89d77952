using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Tests.Retrieval;

/// <summary>What the fake chat endpoint does with the next request.</summary>
public enum FakeLlmBehaviour
{
    Reply,
    Hang,
    ServerError,
    Garbage,
}

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) speaking just enough of the OpenAI chat-completions protocol:
/// it records each request body and answers as told.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    public FakeLlmBehaviour Behaviour { get; set; } = FakeLlmBehaviour.Reply;

    /// <summary>The assistant content for <see cref="FakeLlmBehaviour.Reply"/>; may be computed from the request.</summary>
    public Func<JsonElement, string> Reply { get; set; } = _ => "Nothing [1].";

    public ConcurrentQueue<JsonElement> Requests { get; } = new();

    /// <summary>The base to configure as Llm:Endpoint (the client appends /chat/completions).</summary>
    public string Endpoint => _app.Urls.First() + "/v1";

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = (await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted)).RootElement.Clone();
        Requests.Enqueue(request);
        switch (Behaviour)
        {
            case FakeLlmBehaviour.Hang:
                // Held until the client gives up and closes the connection.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case FakeLlmBehaviour.ServerError:
                context.Response.StatusCode = 500;
                await context.Response.WriteAsJsonAsync(new { error = new { message = "boom", type = "server_error" } });
                return;
            case FakeLlmBehaviour.Garbage:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"choices\": [ this is not json");
                return;
            default:
                await context.Response.WriteAsJsonAsync(new
                {
                    id = "chatcmpl-fake",
                    @object = "chat.completion",
                    created = 1_700_000_000,
                    model = request.GetProperty("model").GetString(),
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = Reply(request) }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
                });
                return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
