using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>A fake Discord Gateway on loopback: every WebSocket that connects becomes a <see cref="GatewayPeer"/> the test drives.</summary>
public sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<GatewayPeer> _peers = Channel.CreateUnbounded<GatewayPeer>();
    private readonly System.Collections.Concurrent.ConcurrentBag<GatewayPeer> _all = [];
    private int _connections;

    private FakeGateway(WebApplication app) => _app = app;

    /// <summary>What GET /gateway/bot hands out.</summary>
    public string Url => Loopback.Address(_app).Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    /// <summary>What READY hands out as <c>resume_gateway_url</c>; a separate path so tests see which one the client used.</summary>
    public string ResumeUrl => Loopback.Address(_app).Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    public int Connections => Volatile.Read(ref _connections);

    public static async Task<FakeGateway> StartAsync()
    {
        var app = Loopback.Create();
        var gateway = new FakeGateway(app);
        app.UseWebSockets();
        app.Run(gateway.AcceptAsync);
        await app.StartAsync();
        return gateway;
    }

    public async Task<GatewayPeer> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Loopback.Bound);
        return await _peers.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var peer in _all)
        {
            peer.Dispose();
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var peer = new GatewayPeer(socket, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "");
        Interlocked.Increment(ref _connections);
        _all.Add(peer);
        _peers.Writer.TryWrite(peer);
        await peer.RunAsync(context.RequestAborted);
    }
}

/// <summary>The server side of one Gateway connection. Heartbeats are ACKed automatically unless <see cref="AutoAck"/> is off.</summary>
public sealed class GatewayPeer(WebSocket socket, string path, string query) : IDisposable
{
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _send = new(1, 1);

    public string Path { get; } = path;

    public string Query { get; } = query;

    public bool AutoAck { get; set; } = true;

    /// <summary>The close code the client sent, or null when it dropped the connection without one.</summary>
    public Task<int?> Closed => _closed.Task;

    public Task SendHelloAsync(int heartbeatMs) => SendAsync($$$"""{"op":10,"d":{"heartbeat_interval":{{{heartbeatMs}}}}}""");

    public Task SendReadyAsync(string sessionId, string resumeUrl, int sequence = 1) =>
        SendDispatchAsync("READY", sequence, $$$"""{"v":10,"user":{"id":"42","username":"bot"},"guilds":[],"session_id":"{{{sessionId}}}","resume_gateway_url":"{{{resumeUrl}}}","application":{"id":"app1"}}""");

    public Task SendDispatchAsync(string type, int sequence, string data) =>
        SendAsync($$"""{"op":0,"s":{{sequence}},"t":"{{type}}","d":{{data}}}""");

    public async Task SendAsync(string json)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>The next frame with opcode <paramref name="op"/>, skipping others.</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op)
    {
        using var timeout = new CancellationTokenSource(Loopback.Bound);
        while (true)
        {
            var frame = await _frames.Reader.ReadAsync(timeout.Token);
            if (frame.GetProperty("op").GetInt32() == op)
            {
                return frame;
            }
        }
    }

    public async Task CloseAsync(int code)
    {
        await _send.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task<int?> ClosedWithinBoundAsync() => await Closed.WaitAsync(Loopback.Bound);

    public void Dispose() => _send.Dispose();

    internal async Task RunAsync(CancellationToken aborted)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, aborted);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _closed.TrySetResult((int?)result.CloseStatus);
                        if (socket.State == WebSocketState.CloseReceived)
                        {
                            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                        }

                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (AutoAck && frame.GetProperty("op").GetInt32() == 1)
                {
                    await SendAsync("""{"op":11}""");
                }

                _frames.Writer.TryWrite(frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            _closed.TrySetResult(null);
        }
    }
}
