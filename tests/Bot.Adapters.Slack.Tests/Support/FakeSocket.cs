using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>The server side of one Socket Mode connection, driven by the test: send frames, read the client's acks.</summary>
public sealed class FakeSocket(int id, WebSocket socket, Action<string> log)
{
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Id { get; } = id;

    /// <summary>Completes when the client closed this connection (or it broke).</summary>
    public Task Closed => _closed.Task;

    /// <summary>The status in the client's close frame; null while open or when the connection broke without one.</summary>
    public WebSocketCloseStatus? CloseStatus { get; private set; }

    public Task SendAsync(object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendHelloAsync() => SendAsync(new { type = "hello", num_connections = 1, debug_info = new { approximate_connection_time = 3600 } });

    public Task SendDisconnectAsync(string reason) => SendAsync(new { type = "disconnect", reason });

    /// <summary>The next JSON frame the client sent.</summary>
    public async Task<JsonElement> ReceiveAsync() => await _received.Reader.ReadAsync().AsTask().Within();

    /// <summary>Drops the connection without a close handshake (a network failure).</summary>
    public void Abort() => socket.Abort();

    internal async Task RunAsync()
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
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    CloseStatus = result.CloseStatus;
                    log($"close:{Id}");
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    break;
                }

                using var document = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
                _received.Writer.TryWrite(document.RootElement.Clone());
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            log($"broken:{Id}");
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
