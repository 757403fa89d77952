using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (random port) playing Slack: the Web API methods the bot calls (recorded,
/// with scripted failures), response_url endpoints, and Socket Mode WebSockets the test drives frame by frame.
/// </summary>
public sealed class FakeSlackServer : IAsyncDisposable
{
    public const string BotUserId = "UBOT";
    public const string TeamId = "T1";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeReply>> _scripts = new(StringComparer.Ordinal);
    private readonly List<RecordedCall> _calls = [];
    private readonly List<string> _socketLog = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Channel<FakeSocket> _sockets = Channel.CreateUnbounded<FakeSocket>();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(string Channel, string Ts, JsonElement Metadata)> _messages = [];
    private readonly ConcurrentDictionary<string, byte[]> _uploads = new(StringComparer.Ordinal);
    private int _messageCounter;
    private int _fileCounter;
    private int _socketCounter;

    private FakeSlackServer(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    /// <summary>What Slack:ApiBaseUrl is set to.</summary>
    public string ApiBaseUrl => Url + "/api/";

    public string ResponseUrl(string id) => $"{Url}/response/{id}";

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (HttpContext context, string method) => server.ApiAsync(context, method));
        app.MapPost("/response/{id}", (HttpContext context) => server.ApiAsync(context, "response_url"));
        app.MapPost("/upload/{fileId}", (HttpContext context, string fileId) => server.UploadAsync(context, fileId));
        app.Map("/socket", server.SocketAsync);
        await app.StartAsync();
        return server;
    }

    /// <summary>The next requests to <paramref name="method"/> get these replies, in order; then the default (ok).</summary>
    public void Script(string method, params FakeReply[] replies)
    {
        var queue = _scripts.GetOrAdd(method, _ => new ConcurrentQueue<FakeReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    public IReadOnlyList<RecordedCall> Calls(string? method = null)
    {
        lock (_lock)
        {
            return [.. _calls.Where(c => method is null || c.Method == method)];
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> calls match, and returns all that match.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForAsync(string method, int count = 1, Func<RecordedCall, bool>? where = null)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var matches = _calls.Where(c => c.Method == method && (where is null || where(c))).ToList();
                if (matches.Count >= count)
                {
                    return matches;
                }

                changed = _changed.Task;
            }

            await changed.Within();
        }
    }

    /// <summary>Socket events in order: "open:N" when connection N is accepted, "close:N" when the client closes it.</summary>
    public IReadOnlyList<string> SocketLog
    {
        get
        {
            lock (_lock)
            {
                return [.. _socketLog];
            }
        }
    }

    /// <summary>The next Socket Mode connection the client opens.</summary>
    public async Task<FakeSocket> NextSocketAsync() => await _sockets.Reader.ReadAsync().AsTask().Within();

    /// <summary>The bytes POSTed to a file's upload_url, by file id.</summary>
    public IReadOnlyDictionary<string, byte[]> Uploads => _uploads;

    /// <summary>A message already in the channel (as if posted before a crash), visible to conversations.history.</summary>
    public void AddMessage(string channel, string ts, JsonObject? metadata)
    {
        lock (_lock)
        {
            _messages.Add((channel, ts, metadata is null ? default : JsonDocument.Parse(metadata.ToJsonString()).RootElement.Clone()));
        }
    }

    private async Task UploadAsync(HttpContext context, string fileId)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = JsonDocument.Parse(new JsonObject { ["file_id"] = fileId, ["length"] = buffer.Length }.ToJsonString()).RootElement.Clone();
        if (_scripts.TryGetValue("upload", out var queue) && queue.TryDequeue(out var reply) && reply is FakeReply.Status status)
        {
            Record(new RecordedCall("upload", null, context.Request.ContentType, body, context.Request.Path));
            context.Response.StatusCode = status.Code;
            return;
        }

        _uploads[fileId] = buffer.ToArray();
        Record(new RecordedCall("upload", null, context.Request.ContentType, body, context.Request.Path));
        await context.Response.WriteAsync($"OK - {buffer.Length}");
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var json = new JsonObject();
            foreach (var (key, value) in form)
            {
                json[key] = value.ToString();
            }

            return JsonDocument.Parse(json.ToJsonString()).RootElement.Clone();
        }

        using var document = await JsonDocument.ParseAsync(request.Body);
        return document.RootElement.Clone();
    }

    private async Task ApiAsync(HttpContext context, string method)
    {
        var requestBody = await ReadBodyAsync(context.Request);
        var call = new RecordedCall(method, context.Request.Headers.Authorization, context.Request.ContentType, requestBody, context.Request.Path);
        Record(call);

        var reply = _scripts.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : new FakeReply.Ok();
        switch (reply)
        {
            case FakeReply.Hang:
                // Until the client gives up, or this server stops (so a test never waits out Kestrel's shutdown timeout).
                using (var hang = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, hang.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                context.Abort();
                return;
            case FakeReply.Held held:
                await held.Release.WaitAsync(_stopping.Token);
                await context.Response.WriteAsJsonAsync(OkBody(method, call));
                return;
            case FakeReply.RateLimited limited:
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = limited.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return;
            case FakeReply.Status status:
                context.Response.StatusCode = status.Code;
                return;
            case FakeReply.OkFalse error:
                await context.Response.WriteAsJsonAsync(new Dictionary<string, object?> { ["ok"] = false, ["error"] = error.Error, ["needed"] = error.Needed });
                return;
            default:
                if (method == "response_url")
                {
                    await context.Response.WriteAsync("ok");
                    return;
                }

                await context.Response.WriteAsJsonAsync(OkBody(method, call));
                return;
        }
    }

    private Dictionary<string, object> OkBody(string method, RecordedCall call) => method switch
    {
        "auth.test" => new() { ["ok"] = true, ["user_id"] = BotUserId, ["team_id"] = TeamId, ["bot_id"] = "BBOT" },
        "chat.postMessage" => Posted(call),
        "conversations.history" => History(call.Str("channel") ?? ""),
        "files.getUploadURLExternal" => NewUpload(),
        "users.info" => UserInfo(call),
        "apps.connections.open" => new() { ["ok"] = true, ["url"] = Url.Replace("http://", "ws://", StringComparison.Ordinal) + "/socket" },
        _ => new() { ["ok"] = true },
    };

    /// <summary>Each user's Slack locale ("ko-KR"), as users.info gives it when asked with include_locale=true.</summary>
    public ConcurrentDictionary<string, string> UserLocales { get; } = new(StringComparer.Ordinal);

    private Dictionary<string, object> UserInfo(RecordedCall call)
    {
        var id = call.Str("user") ?? "";
        var user = new Dictionary<string, object> { ["id"] = id, ["team_id"] = TeamId };
        if (call.Str("include_locale") == "true" && UserLocales.TryGetValue(id, out var locale))
        {
            user["locale"] = locale;
        }

        return new() { ["ok"] = true, ["user"] = user };
    }

    private Dictionary<string, object> Posted(RecordedCall call)
    {
        var ts = $"1800000000.{Interlocked.Increment(ref _messageCounter):D6}";
        lock (_lock)
        {
            // Slack keeps metadata on top-level messages; thread replies are not in conversations.history anyway.
            if (call.Str("thread_ts") is null)
            {
                _messages.Add((call.Str("channel") ?? "", ts, call.Body.TryGetProperty("metadata", out var metadata) ? metadata.Clone() : default));
            }
        }

        return new() { ["ok"] = true, ["channel"] = call.Str("channel") ?? "C1", ["ts"] = ts };
    }

    private Dictionary<string, object> History(string channel)
    {
        List<object> messages;
        lock (_lock)
        {
            messages = [.. _messages.Where(m => m.Channel == channel).Reverse().Select(m => m.Metadata.ValueKind == JsonValueKind.Object
                ? new Dictionary<string, object> { ["type"] = "message", ["ts"] = m.Ts, ["metadata"] = m.Metadata }
                : new Dictionary<string, object> { ["type"] = "message", ["ts"] = m.Ts })];
        }

        return new() { ["ok"] = true, ["messages"] = messages, ["has_more"] = false };
    }

    private Dictionary<string, object> NewUpload()
    {
        var id = $"F{Interlocked.Increment(ref _fileCounter):D4}";
        return new() { ["ok"] = true, ["upload_url"] = $"{Url}/upload/{id}", ["file_id"] = id };
    }

    private async Task SocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Logged when the upgrade request arrives: the client cannot have finished connecting before this line.
        var id = Interlocked.Increment(ref _socketCounter);
        Log($"open:{id}");
        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        var socket = new FakeSocket(id, webSocket, Log);
        _sockets.Writer.TryWrite(socket);
        await socket.RunAsync();
    }

    private void Log(string entry)
    {
        lock (_lock)
        {
            _socketLog.Add(entry);
        }
    }

    private void Record(RecordedCall call)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _calls.Add(call);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
