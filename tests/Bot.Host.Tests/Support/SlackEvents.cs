using System.Security.Cryptography;
using System.Text;

namespace Bot.Host.Tests.Support;

/// <summary>Slack Events API requests to a running <c>serve</c>: app_mention and thread reply bodies, signed the way Slack signs them.</summary>
public static class SlackEvents
{
    public static string Mention(string eventId, string question, string ts = "1764235800.000100", string channel = "C1") => $$$"""
        {"type":"event_callback","team_id":"T1","api_app_id":"A1","event_id":"{{{eventId}}}","event_time":1764235800,
         "event":{"type":"app_mention","user":"U123","text":"<@UBOT> {{{question}}}","ts":"{{{ts}}}","channel":"{{{channel}}}","event_ts":"{{{ts}}}"}}
        """;

    /// <summary>A plain reply in a channel's thread (no mention): Slack sends it as a <c>message</c> event with <c>thread_ts</c>.</summary>
    public static string ThreadReply(string eventId, string text, string ts, string threadTs, string channel = "C1") => $$$"""
        {"type":"event_callback","team_id":"T1","api_app_id":"A1","event_id":"{{{eventId}}}","event_time":1764235800,
         "event":{"type":"message","channel_type":"channel","user":"U123","text":"{{{text}}}","ts":"{{{ts}}}","thread_ts":"{{{threadTs}}}","channel":"{{{channel}}}","event_ts":"{{{ts}}}"}}
        """;

    public static async Task<HttpResponseMessage> PostAsync(ServeProcess serve, string body, string signingSecret)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, serve.Url + "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature);
        return await serve.Http.SendAsync(request);
    }
}
