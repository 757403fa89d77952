using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bot.Adapters.Slack.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Inbound.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads frames, acknowledges every envelope as soon as its handler returns (handlers
/// only queue work), and reports hello / disconnect / closed to the client, which decides when to switch.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private const int MaxMessageBytes = 1024 * 1024;

    // A bound on waiting for a peer that never answers our close, on the real clock: it guards against a hang,
    // it is not behaviour anyone schedules around.
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket;
    private readonly ChannelWriter<SocketSignal> _signals;
    private readonly Func<JsonElement, CancellationToken, Task<JsonObject?>> _dispatch;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private Task _receiving = Task.CompletedTask;

    private SocketModeConnection(
        int id, ClientWebSocket socket, ChannelWriter<SocketSignal> signals, Func<JsonElement, CancellationToken, Task<JsonObject?>> dispatch, ILogger logger)
    {
        Id = id;
        _socket = socket;
        _signals = signals;
        _dispatch = dispatch;
        _logger = logger;
    }

    public int Id { get; }

    public static async Task<SocketModeConnection> OpenAsync(
        int id, Uri url, ChannelWriter<SocketSignal> signals, Func<JsonElement, CancellationToken, Task<JsonObject?>> dispatch,
        ILogger logger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new SocketModeConnection(id, socket, signals, dispatch, logger);
        connection._receiving = Task.Run(connection.ReceiveLoopAsync, CancellationToken.None);
        return connection;
    }

    /// <summary>Closes politely (Slack may still be delivering on it), then gives up after a few seconds.</summary>
    public async Task CloseAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(CloseTimeout);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "switching connection", timeout.Token).ConfigureAwait(false);
                await _receiving.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "Slack Socket Mode connection {Id} did not close cleanly", Id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        await _receiving.ConfigureAwait(false);
        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        string? error = null;
        try
        {
            while (await ReceiveTextAsync().ConfigureAwait(false) is { } text)
            {
                Handle(text);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            error = ex.Message;
        }

        _signals.TryWrite(new SocketSignal(this, SocketSignalKind.Closed, error ?? _socket.CloseStatusDescription));
    }

    private void Handle(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        JsonElement message;
        try
        {
            using var document = JsonDocument.Parse(text);
            message = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            _logger.LogWarning("Slack Socket Mode connection {Id}: a frame that is not JSON was ignored", Id);
            return;
        }

        if (message.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (message.TryGetProperty("envelope_id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            // Not awaited: the next frame is read while this one is handled (a slash command may take its budget).
            _ = AcknowledgeAsync(message);
            return;
        }

        var type = message.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type == "hello")
        {
            _signals.TryWrite(new SocketSignal(this, SocketSignalKind.Hello));
        }
        else if (type == "disconnect")
        {
            var reason = message.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            _signals.TryWrite(new SocketSignal(this, SocketSignalKind.Disconnect, reason ?? "unknown"));
        }
    }

    private async Task AcknowledgeAsync(JsonElement envelope)
    {
        try
        {
            if (await _dispatch(envelope, _stop.Token).ConfigureAwait(false) is { } ack)
            {
                await SendAsync(ack.ToJsonString(SlackJson.Options)).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            // Without an ack Slack redelivers; the handlers' dedupe makes that harmless, so log and carry on.
            _logger.LogWarning(ex, "Slack Socket Mode connection {Id}: envelope not acknowledged", Id);
        }
    }

    private async Task SendAsync(string json)
    {
        // ClientWebSocket allows one send at a time; envelopes are acknowledged concurrently.
        await _sendLock.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, _stop.Token).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next whole text message, or null when the socket closes.</summary>
    private async Task<string?> ReceiveTextAsync()
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    using var timeout = new CancellationTokenSource(CloseTimeout);
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token).ConfigureAwait(false);
                }

                return null;
            }

            if (message.Length + result.Count > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "Socket Mode message larger than 1 MB");
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length) : "";
            }
        }
    }
}
