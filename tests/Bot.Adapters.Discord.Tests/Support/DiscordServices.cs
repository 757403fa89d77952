using Bot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary><c>AddDiscord()</c> in a generic host with settings from a dictionary, as the host binds them from configuration.</summary>
public static class DiscordServices
{
    /// <summary>Settings every test starts from: short delays so retries and reconnects take milliseconds.</summary>
    public static Dictionary<string, string?> Defaults(string apiBaseUrl) => new()
    {
        ["Discord:ApplicationId"] = "app1",
        ["Discord:BotToken"] = "test-token",
        ["Discord:ApiBaseUrl"] = apiBaseUrl,
        ["Discord:RetryBaseDelay"] = "00:00:00.010",
        ["Discord:RetryMaxDelay"] = "00:00:00.050",
        ["Discord:RequestTimeout"] = "00:00:05",
        ["Discord:ReconnectBaseDelay"] = "00:00:00.010",
        ["Discord:ReconnectMaxDelay"] = "00:00:00.050",
        ["Discord:IdentifyMinInterval"] = "00:00:00",
    };

    /// <param name="logs">Receives every log line at every level, for tests of what gets logged.</param>
    public static IHost Build(Dictionary<string, string?> settings, IIntent? first = null, ILoggerProvider? logs = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        }

        builder.Services.AddTestBot(first).AddDiscord();
        return builder.Build();
    }
}
