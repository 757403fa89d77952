using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.Host.Tests.Support;

/// <summary>
/// A Slack Web API stand-in on a free loopback port for a <c>serve</c> child process: every method answers
/// <c>{"ok":true,…}</c> with the bot's identity (after the first <paramref name="rateLimitedCalls"/> calls, which get a 429 with
/// <c>Retry-After: 1</c>), and each call's method is recorded. <paramref name="postDelay"/> holds each <c>chat.postMessage</c>
/// that long before it answers (a slow Slack), so work is still in flight when a test stops the bot.
/// </summary>
public sealed class FakeSlackApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<string> _methods = new();
    private readonly Task _loop;
    private readonly int _rateLimitedCalls;
    private int _calls;

    private readonly TimeSpan _postDelay;

    public FakeSlackApi(int rateLimitedCalls = 0, TimeSpan postDelay = default)
    {
        _rateLimitedCalls = rateLimitedCalls;
        _postDelay = postDelay;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/api/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public IReadOnlyList<string> Methods => [.. _methods];

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var method = context.Request.Url!.AbsolutePath.Split('/').Last();
            if (Interlocked.Increment(ref _calls) <= _rateLimitedCalls)
            {
                _methods.Enqueue(method);
                context.Response.StatusCode = 429;
                context.Response.AddHeader("Retry-After", "1");
                context.Response.Close();
                continue;
            }

            // Each call answered on its own task, so a slow post does not hold up the others.
            _ = Task.Run(() => AnswerAsync(context, method));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, string method)
    {
        try
        {
            if (method == "chat.postMessage" && _postDelay > TimeSpan.Zero)
            {
                await Task.Delay(_postDelay);
            }

            // Recorded when answered: a post counts once the bot could have seen it succeed.
            _methods.Enqueue(method);
            var body = Encoding.UTF8.GetBytes("""{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T1","ts":"1.2","channel":"C1"}""");
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The listener closed under a pending answer (test over).
        }
    }
}
