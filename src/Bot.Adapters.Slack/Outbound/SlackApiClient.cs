using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Common.Retries;
using Bot.Adapters.Common.Telemetry;
using Bot.Adapters.Slack.Rendering;
using Bot.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Outbound;

/// <summary>
/// The few Web API methods the bot uses, over one HttpClient. Slack answers HTTP 200 with ok:false for most errors:
/// those are logged with the code and never retried (retrying not_in_channel or invalid_auth cannot help). Only 5xx
/// and timeouts are retried, a bounded number of times with backoff; a 429 blocks that method alone for Retry-After.
/// Every attempt is counted in <see cref="PlatformMetrics"/> by Web API method (response_url calls as <c>response_url</c>).
/// </summary>
public sealed class SlackApiClient(
    IHttpClientFactory httpClients,
    IOptions<SlackOptions> options,
    ChannelPacer pacer,
    TimeProvider time,
    ILogger<SlackApiClient> logger,
    PlatformMetrics? metrics = null)
{
    private const string UploadMethod = "file_upload";

    /// <summary>The named HttpClient (base address = Slack:ApiBaseUrl) registered by AddSlack.</summary>
    public const string HttpClientName = "Slack";

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeHeaderValue Form = new("application/x-www-form-urlencoded");

    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);

    /// <summary>Posts a message (in a thread when <paramref name="threadTs"/> is set), paced per channel.</summary>
    public Task<SlackApiResult> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken) =>
        PostMessageAsync(channel, threadTs, message, null, cancellationToken);

    /// <summary>As above, with message <c>metadata</c> ({event_type, event_payload}) that conversations.history can read back.</summary>
    public async Task<SlackApiResult> PostMessageAsync(string channel, string? threadTs, SlackMessage message, JsonObject? metadata, CancellationToken cancellationToken)
    {
        var body = message.ToPayload();
        if (metadata is not null)
        {
            body["metadata"] = metadata.DeepClone();
        }

        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        // Answers cite sources: link previews would bury the answer under cards.
        body["unfurl_links"] = false;
        body["unfurl_media"] = false;
        await pacer.WaitTurnAsync(channel, cancellationToken).ConfigureAwait(false);
        return await CallAsync("chat.postMessage", body, options.Value.BotToken, $"channel {channel}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A message only <paramref name="user"/> sees, in the channel (and thread); not paced: it is not a channel post.</summary>
    public Task<SlackApiResult> PostEphemeralAsync(string channel, string user, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = message.ToPayload();
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        return CallAsync("chat.postEphemeral", body, options.Value.BotToken, $"channel {channel}", cancellationToken);
    }

    /// <summary>The channel's newest messages with their metadata (read methods take form fields, not JSON).</summary>
    public Task<SlackApiResult> HistoryAsync(string channel, int limit, CancellationToken cancellationToken) =>
        CallFormAsync("conversations.history", new Dictionary<string, string>
        {
            ["channel"] = channel,
            ["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["include_all_metadata"] = "true",
        }, $"channel {channel}", cancellationToken);

    /// <summary>A user's profile with their locale (<c>user.locale</c>); form-encoded, as users.info takes no JSON.</summary>
    public Task<SlackApiResult> UserInfoAsync(string user, CancellationToken cancellationToken) =>
        CallFormAsync("users.info", new Dictionary<string, string>
        {
            ["user"] = user,
            ["include_locale"] = "true",
        }, $"user {user}", cancellationToken);

    /// <summary>Step 1 of an upload: <c>upload_url</c> and <c>file_id</c> for a file of <paramref name="length"/> bytes.</summary>
    public Task<SlackApiResult> GetUploadUrlAsync(string filename, int length, CancellationToken cancellationToken) =>
        CallFormAsync("files.getUploadURLExternal", new Dictionary<string, string>
        {
            ["filename"] = filename,
            ["length"] = length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, null, cancellationToken);

    /// <summary>Step 2: the bytes, POSTed to the URL step 1 gave (https, or http on loopback for tests). True on any 2xx.</summary>
    public async Task<bool> UploadBytesAsync(string uploadUrl, byte[] bytes, CancellationToken cancellationToken)
    {
        if (!IsResponseUrl(uploadUrl))
        {
            logger.LogWarning("Slack upload_url ignored: not an https URL");
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(uploadUrl, UriKind.Absolute)) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, linked.Token).ConfigureAwait(false);
            metrics?.Call(Platforms.Slack, UploadMethod, (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogError("Slack file upload failed: HTTP {Status}", (int)response.StatusCode);
            }

            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = ex is HttpRequestException ? "network" : "timeout";
            metrics?.CallFailed(Platforms.Slack, UploadMethod, reason);
            logger.LogError("Slack file upload failed: {Reason}", reason);
            return false;
        }
    }

    /// <summary>Step 3: shares the uploaded file in the channel, in the thread when <paramref name="threadTs"/> is set.</summary>
    public Task<SlackApiResult> CompleteUploadAsync(string fileId, string title, string channel, string? threadTs, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title }).ToJsonString(SlackJson.Options),
            ["channel_id"] = channel,
        };
        if (threadTs is not null)
        {
            fields["thread_ts"] = threadTs;
        }

        return CallFormAsync("files.completeUploadExternal", fields, $"channel {channel}", cancellationToken);
    }

    public Task<SlackApiResult> AddReactionAsync(string channel, string timestamp, string name, CancellationToken cancellationToken) =>
        CallAsync("reactions.add", new JsonObject { ["channel"] = channel, ["timestamp"] = timestamp, ["name"] = name },
            options.Value.BotToken, $"channel {channel}", cancellationToken);

    /// <summary>Opens a modal for the user who clicked (<c>views.open</c>); the trigger_id dies 3 s after the click.</summary>
    public Task<SlackApiResult> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, options.Value.BotToken, null, cancellationToken);

    /// <summary>Who the bot token belongs to: <c>user_id</c>, <c>bot_id</c>, <c>team_id</c>.</summary>
    public Task<SlackApiResult> AuthTestAsync(CancellationToken cancellationToken) =>
        CallAsync("auth.test", new JsonObject(), options.Value.BotToken, null, cancellationToken);

    /// <summary>A single-use Socket Mode WebSocket URL (<c>url</c>), opened with the xapp- token.</summary>
    public Task<SlackApiResult> OpenConnectionAsync(CancellationToken cancellationToken) =>
        CallAsync("apps.connections.open", new JsonObject(), options.Value.AppToken, null, cancellationToken);

    /// <summary>
    /// Posts to a slash command's or button's response_url (no token: the URL is the credential). Only https URLs,
    /// or http on loopback for local testing, are followed.
    /// </summary>
    public Task<SlackApiResult> RespondAsync(string responseUrl, JsonObject payload, CancellationToken cancellationToken)
    {
        if (!IsResponseUrl(responseUrl))
        {
            logger.LogWarning("Slack response_url ignored: not an https URL");
            return Task.FromResult(SlackApiResult.Failed("bad_response_url"));
        }

        return CallAsync("response_url", payload, null, null, cancellationToken, new Uri(responseUrl, UriKind.Absolute));
    }

    public static bool IsResponseUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private Task<SlackApiResult> CallFormAsync(string method, Dictionary<string, string> fields, string? context, CancellationToken cancellationToken)
    {
        var form = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        return CallAsync(method, Encoding.UTF8.GetBytes(form), Form, options.Value.BotToken, context, null, cancellationToken);
    }

    private Task<SlackApiResult> CallAsync(
        string method, JsonObject body, string? token, string? context, CancellationToken cancellationToken, Uri? absolute = null) =>
        CallAsync(method, Encoding.UTF8.GetBytes(body.ToJsonString(SlackJson.Options)), Json, token, context, absolute, cancellationToken);

    private async Task<SlackApiResult> CallAsync(
        string method, byte[] payload, MediaTypeHeaderValue contentType, string? token, string? context, Uri? absolute, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var attempt = 0; ; attempt++)
        {
            await WaitOutRateLimitAsync(method, cancellationToken).ConfigureAwait(false);
            var outcome = await SendOnceAsync(method, payload, contentType, token, absolute, cancellationToken).ConfigureAwait(false);
            if (outcome.Result is { } result)
            {
                if (!result.Ok)
                {
                    LogFailure(method, result, context);
                }

                return result;
            }

            if (attempt >= settings.MaxRetries)
            {
                var failed = SlackApiResult.Failed(outcome.RetryAfter is null ? outcome.Transient! : "ratelimited");
                LogFailure(method, failed, context);
                return failed;
            }

            if (outcome.RetryAfter is { } retryAfter)
            {
                // Slack's rate limits are per method: block this one only, for exactly as long as Slack asked.
                _blockedUntil[method] = time.GetUtcNow() + retryAfter;
                metrics?.RateLimited(Platforms.Slack, method, retryAfter);
                logger.LogWarning("Slack {Method} rate-limited: waiting {RetryAfter} s before the next {Method} call", method, retryAfter.TotalSeconds, method);
                continue;
            }

            var delay = Backoff.Delay(attempt, settings.RetryBaseDelay, TimeSpan.FromSeconds(30));
            logger.LogWarning("Slack {Method} attempt {Attempt} failed ({Reason}); retrying in {Delay} ms", method, attempt + 1, outcome.Transient, (int)delay.TotalMilliseconds);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitOutRateLimitAsync(string method, CancellationToken cancellationToken)
    {
        if (_blockedUntil.TryGetValue(method, out var until) && until - time.GetUtcNow() is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Outcome> SendOnceAsync(string method, byte[] payload, MediaTypeHeaderValue contentType, string? token, Uri? absolute, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, absolute ?? new Uri(method, UriKind.Relative));
        request.Content = new ByteArrayContent(payload);
        request.Content.Headers.ContentType = contentType;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        // Timeouts run on the injected clock (HttpClient.Timeout is off), so tests can drive them without waiting.
        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // A client per call from the factory: this class is a singleton (it holds the rate-limit state), the handlers rotate.
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            metrics?.Call(Platforms.Slack, method, (int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return new Outcome(null, RetryAfter(response), null);
            }

            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                return new Outcome(null, null, $"http_{status}");
            }

            if (!response.IsSuccessStatusCode)
            {
                return new Outcome(SlackApiResult.Failed($"http_{status}"), null, null);
            }

            var text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            var result = Parse(text, absolute is not null);
            if (!result.Ok)
            {
                // HTTP 200 with ok:false (not_in_channel, invalid_auth…): Slack's usual way of failing.
                metrics?.ApiError(Platforms.Slack, method);
            }

            return new Outcome(result, null, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            metrics?.CallFailed(Platforms.Slack, method, "timeout");
            return new Outcome(null, null, "timeout");
        }
        catch (HttpRequestException)
        {
            metrics?.CallFailed(Platforms.Slack, method, "network");
            return new Outcome(null, null, "network");
        }
    }

    private static SlackApiResult Parse(string text, bool plainOkAllowed)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return plainOkAllowed ? new SlackApiResult(true, null, root) : SlackApiResult.Failed("bad_response");
            }

            return ok.GetBoolean()
                ? new SlackApiResult(true, null, root)
                : new SlackApiResult(false, root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : "unknown_error", root);
        }
        catch (JsonException)
        {
            // response_url answers a bare "ok"; the Web API always answers JSON.
            return plainOkAllowed ? new SlackApiResult(true, null, default) : SlackApiResult.Failed("bad_response");
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : DefaultRetryAfter);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private void LogFailure(string method, SlackApiResult result, string? context)
    {
        var needed = result.Field("needed");
        logger.LogError(
            "Slack {Method} failed: {Error}{Needed}{Context} — {Hint}",
            method,
            result.Error,
            needed is null ? "" : $" (needed: {needed})",
            context is null ? "" : $" ({context})",
            SlackErrorHints.For(result.Error ?? ""));
    }

    /// <summary>One attempt: a final result, a 429 with its wait, or a transient failure worth retrying.</summary>
    private readonly record struct Outcome(SlackApiResult? Result, TimeSpan? RetryAfter, string? Transient);
}
