using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Core.Telemetry;

namespace Bot.Host.Admin;

/// <summary>
/// The platform counters /metrics exports (<c>jkbot.platform.*</c>), summed per platform since start for the admin's platforms
/// page: the same measurements, read by a listener on this host's own meters (its <see cref="IMeterFactory"/>), not a second count.
/// </summary>
public sealed class PlatformMeterTotals : IDisposable
{
    public const string Calls = "jkbot.platform.api.calls";
    public const string Errors = "jkbot.platform.api.errors";
    public const string Waits = "jkbot.platform.rate_limit.waits";
    public const string WaitSeconds = "jkbot.platform.rate_limit.wait.duration";
    public const string Reconnects = "jkbot.platform.reconnects";

    private static readonly HashSet<string> Instruments = [Calls, Errors, Waits, WaitSeconds, Reconnects];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Platform, string Instrument), double> _totals = new();

    public PlatformMeterTotals(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMeters.Platforms && ReferenceEquals(instrument.Meter.Scope, meters) && Instruments.Contains(instrument.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The total of <paramref name="instrument"/> for <paramref name="platform"/> since start (0 when never measured).</summary>
    public double Total(string platform, string instrument) => _totals.TryGetValue((platform, instrument), out var total) ? total : 0;

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var platform = "";
        foreach (var tag in tags)
        {
            if (tag.Key == "platform")
            {
                platform = tag.Value as string ?? "";
            }
        }

        _totals.AddOrUpdate((platform, instrument.Name), value, (_, total) => total + value);
    }

    public void Dispose() => _listener.Dispose();
}
