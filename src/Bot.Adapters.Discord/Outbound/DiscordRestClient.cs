using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using Bot.Adapters.Common.Retries;
using Bot.Adapters.Common.Telemetry;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Outbound;

/// <summary>
/// Discord's REST API by the rules of protocols.md D: waits out spent buckets and the global limit (from the headers, never
/// hard-coded), retries a 429 after <c>retry_after</c>, retries 5xx and timeouts with backoff and jitter (bounded), never retries
/// 401/403/404, and stops calling past a cap of invalid requests. Every attempt is counted in <see cref="PlatformMetrics"/> by its
/// route template (never the path, which carries ids and tokens).
/// </summary>
public sealed class DiscordRestClient(
    IHttpClientFactory httpClients, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger, PlatformMetrics? metrics = null)
{
    public const string HttpClientName = "discord";

    private readonly RateLimitBuckets _buckets = new(time);
    private readonly InvalidRequestGuard _invalid = new(time, options.Value.InvalidRequestCap);

    /// <summary><c>DiscordBot (url, version)</c>, as Discord asks of every bot.</summary>
    public static string UserAgent(string projectUrl) =>
        $"DiscordBot ({projectUrl}, {typeof(DiscordRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0"})";

    /// <summary>Configures the named HttpClient: base address, <c>Authorization: Bot</c>, User-Agent; timeouts are per attempt, here.</summary>
    public static void Configure(HttpClient http, DiscordOptions o)
    {
        http.BaseAddress = new Uri(o.ApiBaseUrl.TrimEnd('/') + "/");
        http.Timeout = Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent(o.ProjectUrl));
        if (!string.IsNullOrWhiteSpace(o.BotToken))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", o.BotToken.Trim());
        }
    }

    public async Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.InteractionCallback(interactionId, token), response, cancellationToken).ConfigureAwait(false);

    /// <summary>Edits the deferred (or first) response: <c>PATCH /webhooks/{app}/{token}/messages/@original</c>.</summary>
    public async Task EditOriginalResponseAsync(string token, MessagePayload message, CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.EditOriginal(ApplicationId(), token), message, cancellationToken).ConfigureAwait(false);

    /// <summary>Edits the original response with files: multipart <c>payload_json</c> + <c>files[n]</c>.</summary>
    public async Task EditOriginalResponseAsync(string token, MessagePayload message, IReadOnlyList<DiscordFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            await EditOriginalResponseAsync(token, message, cancellationToken).ConfigureAwait(false);
            return;
        }

        await SendMultipartAsync(DiscordRoute.EditOriginal(ApplicationId(), token), message, files, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JsonDocument> BulkOverwriteCommandsAsync(string? guildId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken) =>
        JsonDocument.Parse(await SendAsync(DiscordRoute.BulkOverwriteCommands(ApplicationId(), guildId), commands, cancellationToken).ConfigureAwait(false));

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var body = await SendAsync(DiscordRoute.GatewayBot, null, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize<GatewayBotInfo>(body, DiscordJson.Options)
            ?? throw new DiscordApiException(200, "GET /gateway/bot returned no body");
    }

    /// <summary>
    /// <c>POST /channels/{id}/messages</c>: JSON, or multipart (<c>payload_json</c> + <c>files[n]</c>) when files come along.
    /// Returns the created message's id when Discord sent one.
    /// </summary>
    public async Task<string?> CreateMessageAsync(string channelId, object message, IReadOnlyList<DiscordFile> files, CancellationToken cancellationToken)
    {
        var route = DiscordRoute.CreateMessage(channelId);
        var body = files.Count == 0
            ? await SendAsync(route, message, cancellationToken).ConfigureAwait(false)
            : await SendMultipartAsync(route, message, files, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Starts a public thread from a message (the bot's answer); returns the thread's channel id.</summary>
    public async Task<string?> StartThreadAsync(string channelId, string messageId, string name, CancellationToken cancellationToken)
    {
        var body = await SendAsync(DiscordRoute.StartThread(channelId, messageId), new ThreadStart(name, AutoArchiveDuration: 1440), cancellationToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    /// <summary>Adds the bot's reaction (a Unicode emoji) to a message.</summary>
    public async Task AddReactionAsync(string channelId, string messageId, string emoji, CancellationToken cancellationToken) =>
        await SendAsync(DiscordRoute.AddReaction(channelId, messageId, emoji), null, cancellationToken).ConfigureAwait(false);

    /// <summary>Sends <paramref name="payload"/> as <c>payload_json</c> with each file as <c>files[n]</c> (multipart/form-data).</summary>
    public async Task<byte[]> SendMultipartAsync(DiscordRoute route, object payload, IReadOnlyList<DiscordFile> files, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(payload, payload.GetType(), DiscordJson.Options);
        return await SendCoreAsync(route, () =>
        {
            var form = new MultipartFormDataContent();
            var payloadPart = new ByteArrayContent(json);
            payloadPart.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(payloadPart, "payload_json");
            for (var i = 0; i < files.Count; i++)
            {
                var filePart = new ByteArrayContent(files[i].Data);
                filePart.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType);
                form.Add(filePart, $"files[{i}]", files[i].FileName);
            }

            return form;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one request under the rate-limit and retry rules; returns the response body of a 2xx.</summary>
    public async Task<byte[]> SendAsync(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        var content = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), DiscordJson.Options);
        return await SendCoreAsync(route, content is null ? null : () =>
        {
            var json = new ByteArrayContent(content);
            json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return json;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rate-limit and retry loop; <paramref name="content"/> makes a fresh body for every attempt.</summary>
    private async Task<byte[]> SendCoreAsync(DiscordRoute route, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        var o = options.Value;
        int failures = 0, limited = 0;
        while (true)
        {
            if (_invalid.IsOverCap)
            {
                throw new DiscordApiException(0,
                    $"Not calling Discord: {o.InvalidRequestCap} requests were refused (401/403/429) in the last 10 minutes (Discord:InvalidRequestCap). Check Discord:BotToken.");
            }

            var wait = _buckets.WaitFor(route);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            var (response, failure) = await AttemptAsync(route, content, o.RequestTimeout, cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (response is not null)
                {
                    _buckets.Update(route, response.Headers);
                    if (response.IsSuccessStatusCode)
                    {
                        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    }

                    var status = (int)response.StatusCode;
                    var error = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    if (response.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        var (retryAfter, global) = ReadLimit(response, error);
                        if (RateLimitBuckets.Header(response.Headers, "X-RateLimit-Scope") != "shared")
                        {
                            // Shared-resource limits are not held against the bot; the rest count towards the ban.
                            _invalid.Record();
                        }

                        _buckets.Limited(route, retryAfter, global);
                        metrics?.RateLimited(Platforms.Discord, route.Template, retryAfter);
                        logger.LogWarning("Discord rate limit on {Route} ({Scope}): retrying after {RetryAfter}", route.Template, global ? "global" : "route", retryAfter);
                        if (++limited > o.MaxRetries)
                        {
                            throw Refused(route, status, error, $"still rate limited after {o.MaxRetries} retries");
                        }

                        continue;
                    }

                    if (status is 401 or 403)
                    {
                        _invalid.Record();
                    }

                    if (status < 500)
                    {
                        // 400/401/403/404 will not change on a retry; retrying 401/403 blindly is how IPs get banned.
                        throw Refused(route, status, error, "not retried");
                    }

                    failure = $"HTTP {status}";
                }
            }

            if (++failures > o.MaxRetries)
            {
                throw new DiscordApiException(0, $"{route.Template} failed after {o.MaxRetries + 1} attempts: {failure}");
            }

            var delay = Backoff.Delay(failures - 1, o.RetryBaseDelay, o.RetryMaxDelay);
            logger.LogWarning("Discord {Route} failed ({Failure}); retry {Attempt} of {Max} in {Delay}", route.Template, failure, failures, o.MaxRetries, delay);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(HttpResponseMessage? Response, string? Failure)> AttemptAsync(DiscordRoute route, Func<HttpContent>? content, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, route.Path);
        request.Content = content?.Invoke();

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, attempt.Token).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(attempt.Token).ConfigureAwait(false);
            metrics?.Call(Platforms.Discord, route.Template, (int)response.StatusCode);
            return (response, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            metrics?.CallFailed(Platforms.Discord, route.Template, "timeout");
            return (null, $"no response within {timeout}");
        }
        catch (HttpRequestException ex)
        {
            metrics?.CallFailed(Platforms.Discord, route.Template, "network");
            return (null, ex.Message);
        }
    }

    /// <summary><c>retry_after</c> from the body (float seconds), else the <c>Retry-After</c> header; <c>global</c> from either.</summary>
    private static (TimeSpan RetryAfter, bool Global) ReadLimit(HttpResponseMessage response, byte[] body)
    {
        TimeSpan? retryAfter = null;
        var global = string.Equals(RateLimitBuckets.Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || RateLimitBuckets.Header(response.Headers, "X-RateLimit-Scope") == "global";
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (json.RootElement.TryGetProperty("retry_after", out var ra) && ra.TryGetDouble(out var seconds))
                {
                    retryAfter = RateLimitBuckets.Seconds(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                global |= json.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            }
        }
        catch (JsonException)
        {
            // Cloudflare's own 429s are HTML; the header still says how long.
        }

        retryAfter ??= RateLimitBuckets.Seconds(RateLimitBuckets.Header(response.Headers, "Retry-After")) ?? TimeSpan.FromSeconds(1);
        return (retryAfter.Value, global);
    }

    private static DiscordApiException Refused(DiscordRoute route, int status, byte[] body, string note)
    {
        int? code = null;
        var message = "";
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                code = json.RootElement.TryGetProperty("code", out var c) && c.TryGetInt32(out var cv) ? cv : null;
                message = json.RootElement.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            }
        }
        catch (JsonException)
        {
        }

        return new DiscordApiException(status, $"{route.Template} → HTTP {status}{(message.Length > 0 ? $" ({message})" : "")}, {note}", code);
    }

    private string ApplicationId() => options.Value.ApplicationId is { Length: > 0 } id
        ? id
        : throw new InvalidOperationException("Discord:ApplicationId is not set.");
}

/// <summary>A file sent as <c>files[n]</c> in a multipart message; an embed refers to it as <c>attachment://{FileName}</c>.</summary>
public sealed record DiscordFile(string FileName, string ContentType, byte[] Data);

/// <summary>The body of a start-thread call (snake_case: <c>auto_archive_duration</c>, minutes).</summary>
public sealed record ThreadStart(string Name, int AutoArchiveDuration);

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>How many Identify calls remain today, and when the count resets (milliseconds).</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
