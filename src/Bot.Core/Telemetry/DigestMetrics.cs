using System.Diagnostics.Metrics;

namespace Bot.Core.Telemetry;

/// <summary><c>jkbot.digest.deliveries</c>: each digest delivery attempt's result (sent, logged, retrying, failed, skipped), by platform.</summary>
public sealed class DigestMetrics
{
    private readonly Counter<long> _deliveries;

    public DigestMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BotMeters.Digest);
        _deliveries = meter.CreateCounter<long>("jkbot.digest.deliveries", "{delivery}", "Digest deliveries, by platform and result (sent, logged, retrying, failed, skipped).");
    }

    public void Delivered(string platform, string result) =>
        _deliveries.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("result", result));
}
