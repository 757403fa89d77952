namespace Bot.Core.Telemetry;

/// <summary>
/// The bot's meters (System.Diagnostics.Metrics, created from the host's <c>IMeterFactory</c>). The host exports them for
/// Prometheus at <c>GET /metrics</c>; nothing outside the host knows about OpenTelemetry. Labels stay low-cardinality:
/// never a channel, user, question text or request path with ids in it.
/// </summary>
public static class BotMeters
{
    public const string Questions = "JapanKoreaBot.Questions";
    public const string Platforms = "JapanKoreaBot.Platforms";
    public const string Digest = "JapanKoreaBot.Digest";
    public const string Cluster = "JapanKoreaBot.Cluster";

    public static IReadOnlyList<string> All { get; } = [Questions, Platforms, Digest, Cluster];
}
