using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.WebApi;

/// <summary>
/// The few Web API methods the bot uses, over one HttpClient. Slack answers HTTP 200 with ok:false for most errors:
/// those are logged with the code and never retried (retrying not_in_channel or invalid_auth cannot help). Only 5xx
/// and timeouts are retried, a bounded number of times with backoff; a 429 blocks that method alone for Retry-After.
/// </summary>
public sealed class SlackApiClient(
    IHttpClientFactory httpClients,
    IOptions<SlackOptions> options,
    ChannelPacer pacer,
    TimeProvider time,
    ILogger<SlackApiClient> logger)
{
    /// <summary>The named HttpClient (base address = Slack:ApiBaseUrl) registered by AddSlack.</summary>
    public const string HttpClientName = "Slack";

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly ConcurrentDictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);

    /// <summary>Posts a message (in a thread when <paramref name="threadTs"/> is set), paced per channel.</summary>
    public async Task<SlackApiResult> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = message.ToPayload();
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

    public Task<SlackApiResult> AddReactionAsync(string channel, string timestamp, string name, CancellationToken cancellationToken) =>
        CallAsync("reactions.add", new JsonObject { ["channel"] = channel, ["timestamp"] = timestamp, ["name"] = name },
            options.Value.BotToken, $"channel {channel}", cancellationToken);

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

    private async Task<SlackApiResult> CallAsync(
        string method, JsonObject body, string? token, string? context, CancellationToken cancellationToken, Uri? absolute = null)
    {
        var settings = options.Value;
        var payload = Encoding.UTF8.GetBytes(body.ToJsonString(SlackJson.Options));
        for (var attempt = 0; ; attempt++)
        {
            await WaitOutRateLimitAsync(method, cancellationToken).ConfigureAwait(false);
            var outcome = await SendOnceAsync(method, payload, token, absolute, cancellationToken).ConfigureAwait(false);
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

    private async Task<Outcome> SendOnceAsync(string method, byte[] payload, string? token, Uri? absolute, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, absolute ?? new Uri(method, UriKind.Relative));
        request.Content = new ByteArrayContent(payload);
        request.Content.Headers.ContentType = Json;
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
            return new Outcome(Parse(text, absolute is not null), null, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Outcome(null, null, "timeout");
        }
        catch (HttpRequestException)
        {
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
