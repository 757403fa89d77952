using System.Diagnostics.Metrics;
using Bot.Core.Telemetry;

namespace Bot.Adapters.Common.Telemetry;

/// <summary>
/// Calls to the chat platforms' APIs, shared by both adapters (one instrument each, told apart by <c>platform</c>):
/// <c>jkbot.platform.api.calls</c> (every HTTP attempt: platform, method, status class),
/// <c>jkbot.platform.api.errors</c> (attempts that failed: platform, method, reason),
/// <c>jkbot.platform.rate_limit.waits</c> and <c>jkbot.platform.rate_limit.wait.duration</c> (each 429 and the seconds it asked
/// for: platform, method), and <c>jkbot.platform.reconnects</c> (Gateway / Socket Mode reconnects: platform).
/// <c>platform</c> is one of <see cref="Bot.Core.Platforms"/>; <c>method</c> is a Discord route template (ids replaced by names) or a Slack Web API method, never a raw path.
/// </summary>
public sealed class PlatformMetrics
{
    private readonly Counter<long> _calls;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _waits;
    private readonly Counter<double> _waitSeconds;
    private readonly Counter<long> _reconnects;

    public PlatformMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BotMeters.Platforms);
        _calls = meter.CreateCounter<long>("jkbot.platform.api.calls", "{call}", "Platform API attempts, by platform, method and status class (2xx, 4xx, 429, 5xx, timeout, network).");
        _errors = meter.CreateCounter<long>("jkbot.platform.api.errors", "{error}", "Platform API attempts that failed, by platform, method and reason (http_4xx, http_5xx, timeout, network, api_error).");
        _waits = meter.CreateCounter<long>("jkbot.platform.rate_limit.waits", "{wait}", "429 responses the bot waited out, by platform and method.");
        _waitSeconds = meter.CreateCounter<double>("jkbot.platform.rate_limit.wait.duration", "s", "Seconds the 429 responses asked the bot to wait, by platform and method.");
        _reconnects = meter.CreateCounter<long>("jkbot.platform.reconnects", "{reconnect}", "Discord Gateway and Slack Socket Mode reconnects, by platform.");
    }

    /// <summary>One HTTP attempt that got a response.</summary>
    public void Call(string platform, string method, int status)
    {
        _calls.Add(1, Platform(platform), Method(method), Status(StatusClass(status)));
        if (status is >= 400 and not 429)
        {
            _errors.Add(1, Platform(platform), Method(method), Reason(status >= 500 ? "http_5xx" : "http_4xx"));
        }
    }

    /// <summary>One HTTP attempt that got no response: <paramref name="reason"/> is <c>timeout</c> or <c>network</c>.</summary>
    public void CallFailed(string platform, string method, string reason)
    {
        _calls.Add(1, Platform(platform), Method(method), Status(reason));
        _errors.Add(1, Platform(platform), Method(method), Reason(reason));
    }

    /// <summary>A 2xx that still reported failure (Slack's <c>ok:false</c>): an error, but its status class stays 2xx.</summary>
    public void ApiError(string platform, string method) =>
        _errors.Add(1, Platform(platform), Method(method), Reason("api_error"));

    /// <summary>A 429 the client now waits out for <paramref name="retryAfter"/>.</summary>
    public void RateLimited(string platform, string method, TimeSpan retryAfter)
    {
        _waits.Add(1, Platform(platform), Method(method));
        _waitSeconds.Add(Math.Max(0, retryAfter.TotalSeconds), Platform(platform), Method(method));
    }

    /// <summary>A Gateway or Socket Mode connection is being replaced after it ended (drop, refresh, op 7…).</summary>
    public void Reconnect(string platform) => _reconnects.Add(1, Platform(platform));

    public static string StatusClass(int status) => status == 429 ? "429" : $"{status / 100}xx";

    private static KeyValuePair<string, object?> Platform(string value) => new("platform", value);

    private static KeyValuePair<string, object?> Method(string value) => new("method", value);

    private static KeyValuePair<string, object?> Status(string value) => new("status", value);

    private static KeyValuePair<string, object?> Reason(string value) => new("reason", value);
}
