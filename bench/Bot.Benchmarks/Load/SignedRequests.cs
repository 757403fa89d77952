using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bot.Adapters.Slack.Inbound;
using NSec.Cryptography;

namespace Bot.Benchmarks.Load;

/// <summary>
/// Requests signed the way Discord and Slack sign them, for the load tools. The keys are fixed and public: they only
/// ever sign requests to a server on this machine.
/// </summary>
public static class SignedRequests
{
    public const string SlackSigningSecret = "load-test-signing-secret";

    private static readonly byte[] DiscordSeed = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("jk-relations-bot load-discord benchmark key"));

    private static readonly (string Metric, int Year)[] StatsQuestions =
    [
        ("kr-imports-from-japan", 2011), ("kr-exports-to-japan", 2019), ("korean-visitors-to-japan", 2024),
        ("japanese-visitors-to-korea", 2019), ("kr-trade-balance-with-japan", 2015), ("jp-fdi-into-korea", 2020),
    ];

    private static readonly string[] SlackQuestions =
    [
        "<@UBOT> korea imports from japan 2011",
        "<@UBOT> When was the 1965 treaty signed?",
        "<@UBOT> what is GSOMIA?",
        "<@UBOT> why do they argue about dokdo",
        "<@UBOT> what happened in 2019",
        "<@UBOT> visitors 2019-2024",
    ];

    /// <summary>The Ed25519 key Discord would sign with; give its public half to serve as <c>Discord__PublicKey</c>.</summary>
    public static Key DiscordKey() => Key.Import(SignatureAlgorithm.Ed25519, DiscordSeed, KeyBlobFormat.RawPrivateKey);

    public static string DiscordPublicKeyHex(Key key) => Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    private static readonly string[] AskQuestions =
    [
        "When was the 1965 treaty signed?", "what is GSOMIA?", "why do they argue about dokdo", "what happened in 2019",
    ];

    /// <summary>
    /// A <c>/stats</c> slash command, question <paramref name="n"/> of a cycle: a fixed intent whose answer carries a chart,
    /// so the bot defers (type 5) and then edits the original response with the embed and the PNG.
    /// </summary>
    public static HttpRequestMessage DiscordStats(Key key, int sender, long n)
    {
        var (metric, year) = StatsQuestions[n % StatsQuestions.Length];
        return DiscordCommand(key, sender, n, "stats", $$"""[{"name":"metric","type":3,"value":"{{metric}}"},{"name":"year","type":4,"value":{{year}}}]""");
    }

    /// <summary>An <c>/ask</c> slash command (timeline, FAQ): answered in the initial response (type 4) unless it is slow.</summary>
    public static HttpRequestMessage DiscordAsk(Key key, int sender, long n) =>
        DiscordCommand(key, sender, n, "ask", $$"""[{"name":"question","type":3,"value":"{{AskQuestions[n % AskQuestions.Length]}}"}]""");

    private static HttpRequestMessage DiscordCommand(Key key, int sender, long n, string command, string optionsJson)
    {
        var id = InteractionId(sender, n);
        var body = Encoding.UTF8.GetBytes(
            $$$"""{"type":2,"id":"{{{id}}}","application_id":"bench","token":"{{{DiscordToken(sender, n)}}}","version":1,"channel_id":"c{{{sender}}}","locale":"en-US","member":{"user":{"id":"u{{{sender}}}"}},"data":{"id":"1","name":"{{{command}}}","type":1,"options":{{{optionsJson}}}}}""");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]);

        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        return request;
    }

    private static string InteractionId(int sender, long n) => string.Create(CultureInfo.InvariantCulture, $"{sender + 1}{n:D12}");

    /// <summary>The interaction token of request <paramref name="n"/>: the bot's follow-up edit carries it in its path.</summary>
    public static string DiscordToken(int sender, long n) => "tok-" + InteractionId(sender, n);

    /// <summary>The <c>ts</c> of mention <paramref name="n"/>: the bot's answer carries it as <c>thread_ts</c>.</summary>
    public static string SlackTs(long n) => string.Create(CultureInfo.InvariantCulture, $"1764235800.{n:D6}");

    /// <summary>
    /// What Discord accepts within its 3 s: an answer (type 4 with an embed; an error notice is type 4 too, but plain
    /// content) or a deferral (type 5) that the bot follows up through the REST API.
    /// </summary>
    public static bool IsDiscordAnswerOrDeferral(HttpResponseMessage response, byte[] json)
    {
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        try
        {
            using var reply = JsonDocument.Parse(json);
            return reply.RootElement.GetProperty("type").GetInt32() switch
            {
                4 => reply.RootElement.GetProperty("data").TryGetProperty("embeds", out _),
                5 => true,
                _ => false,
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// An <c>app_mention</c> event, question <paramref name="n"/> of a cycle. A new channel per event: the ack path is
    /// what is measured, not Slack's one-message-per-second-per-channel pacing.
    /// </summary>
    public static HttpRequestMessage SlackMention(long n)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "event_callback",
            team_id = "T1",
            api_app_id = "A1",
            @event = new { type = "app_mention", user = $"U{n % 50}", text = SlackQuestions[n % SlackQuestions.Length], ts = SlackTs(n), channel = $"C{n}", event_ts = SlackTs(n) },
            event_id = $"Ev{n:D10}",
            event_time = 1764235800,
        });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Compute(SlackSigningSecret, timestamp, body));
        return request;
    }
}
