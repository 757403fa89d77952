using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Bot.Adapters.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Inbound.Gateway;

/// <summary>
/// One WebSocket to the Gateway: framed JSON in and out (one send at a time, each ≤ 4096 bytes), and the heartbeat with
/// ACK tracking. A heartbeat that finds the previous one un-ACKed marks the connection a zombie and closes it with a
/// resumable code.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private const int MaxSendBytes = 4096;

    // Discord closes a connection that sends more than 120 frames in 60 s; keep a margin for heartbeats.
    private const int MaxSendsPerWindow = 110;
    private static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(60);
    private const int MaxReceiveBytes = 16 * 1024 * 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _received = new(16 * 1024);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationTokenRegistration _onStopping;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private volatile bool _acked = true;

    private GatewayConnection(TimeProvider time, ILogger logger, CancellationToken stopping)
    {
        _time = time;
        _logger = logger;
        // Not linked to stopping: a ClientWebSocket aborts itself when a pending receive is cancelled, so the host stopping
        // would drop the connection without a close frame. Stopping sends the close frame first (see CloseForShutdownAsync).
        _onStopping = stopping.Register(() => _ = CloseForShutdownAsync());
    }

    /// <summary>Set when the heartbeat found no ACK for the previous beat.</summary>
    public bool IsZombie { get; private set; }

    /// <summary>The close code the server sent, if it sent one.</summary>
    public int? CloseStatus => (int?)_socket.CloseStatus;

    public static async Task<GatewayConnection> OpenAsync(Uri uri, TimeSpan timeout, TimeProvider time, ILogger logger, CancellationToken stopping)
    {
        var connection = new GatewayConnection(time, logger, stopping);
        try
        {
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            connect.CancelAfter(timeout);
            await connection._socket.ConnectAsync(uri, connect.Token).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The next whole message, or null once the server has closed the connection.</summary>
    public async Task<JsonDocument?> ReceiveAsync()
    {
        _received.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_received.GetMemory(8192), _lifetime.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "closed by server").ConfigureAwait(false);
                return null;
            }

            _received.Advance(result.Count);
            if (_received.WrittenCount > MaxReceiveBytes)
            {
                throw new WebSocketException($"a Gateway message over {MaxReceiveBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(_received.WrittenMemory);
            }
        }
    }

    public Task SendAsync(int op, object data) =>
        SendRawAsync(JsonSerializer.SerializeToUtf8Bytes(new { op, d = data }, DiscordJson.Options));

    /// <summary><c>{"op":1,"d":seq}</c>, with <c>d: null</c> before the first dispatch (the serializer would drop a null).</summary>
    public Task SendHeartbeatAsync(long? sequence) =>
        SendRawAsync(Encoding.UTF8.GetBytes($"{{\"op\":1,\"d\":{(sequence is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}}"));

    public void Acked() => _acked = true;

    /// <summary>
    /// Beats every <paramref name="interval"/>, the first after a random part of it (so reconnecting clients spread out).
    /// Ends quietly when the connection ends.
    /// </summary>
    public async Task HeartbeatAsync(TimeSpan interval, Func<long?> sequence)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), _time, _lifetime.Token).ConfigureAwait(false);
            while (!_lifetime.IsCancellationRequested)
            {
                if (!_acked)
                {
                    IsZombie = true;
                    _logger.LogWarning("No heartbeat ACK from the Gateway within {Interval}: closing the zombie connection to resume", interval);
                    // The receive loop stays on to read the server's answer: cancelling it at once would abort the socket,
                    // and a reset can reach the server before it has read the close frame.
                    await CloseThenEndAsync((WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, "zombie connection").ConfigureAwait(false);
                    return;
                }

                _acked = false;
                await SendHeartbeatAsync(sequence()).ConfigureAwait(false);
                await Task.Delay(interval, _time, _lifetime.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop reports why.
        }
    }

    /// <summary>Sends a close frame (best effort) and ends the connection's receive and heartbeat.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        await CloseOutputAsync((WebSocketCloseStatus)code, reason).ConfigureAwait(false);
        await _lifetime.CancelAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _onStopping.DisposeAsync().ConfigureAwait(false);
        await _lifetime.CancelAsync().ConfigureAwait(false);
        _socket.Dispose();
        _lifetime.Dispose();
        _sendLock.Dispose();
    }

    private async Task SendRawAsync(byte[] bytes)
    {
        if (bytes.Length > MaxSendBytes)
        {
            throw new InvalidOperationException($"Gateway frames are limited to {MaxSendBytes} bytes; this one has {bytes.Length}.");
        }

        await _sendLock.WaitAsync(_lifetime.Token).ConfigureAwait(false);
        try
        {
            while (_sent.Count > 0 && _time.GetUtcNow() - _sent.Peek() >= SendWindow)
            {
                _sent.Dequeue();
            }

            if (_sent.Count >= MaxSendsPerWindow)
            {
                var wait = _sent.Peek() + SendWindow - _time.GetUtcNow();
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, _time, _lifetime.Token).ConfigureAwait(false);
                _sent.Dequeue();
            }

            _sent.Enqueue(_time.GetUtcNow());
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _lifetime.Token).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// The host is stopping: close with 1000 (ends the session on purpose) and let the receive loop see the server's reply;
    /// if none comes within the close timeout, end the connection anyway.
    /// </summary>
    private Task CloseForShutdownAsync() => CloseThenEndAsync(WebSocketCloseStatus.NormalClosure, "shutting down");

    /// <summary>Sends a close frame, then ends the connection when the server answers it or after the close timeout.</summary>
    private async Task CloseThenEndAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            await CloseOutputAsync(status, reason).ConfigureAwait(false);
            await Task.Delay(CloseTimeout, _time, _lifetime.Token).ConfigureAwait(false);
            await _lifetime.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The connection ended first (the usual case) or was disposed.
        }
    }

    private async Task CloseOutputAsync(WebSocketCloseStatus status, string reason)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            // Not the lifetime token: closing is often what happens after it was cancelled.
            if (!await _sendLock.WaitAsync(CloseTimeout).ConfigureAwait(false))
            {
                return;
            }

            try
            {
                using var timeout = new CancellationTokenSource(CloseTimeout, _time);
                await _socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Best effort: a dead socket cannot be closed politely.
        }
    }
}
