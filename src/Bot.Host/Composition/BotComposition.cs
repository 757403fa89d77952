using Bot.Embeddings.MiniLM;
using Bot.Infrastructure;

namespace Bot.Host.Composition;

/// <summary>
/// What every verb's host shares, written once: where settings come from, where logs go, and the bot's services.
/// <see cref="CliHost"/> (ask, chat, eval, knowledge, commands) and <c>serve</c> both build on it.
/// </summary>
public static class BotComposition
{
    /// <summary>appsettings next to the executable, then <c>appsettings.Local.json</c> in the working directory, then environment variables.</summary>
    public static IConfigurationBuilder AddBotConfiguration(this IConfigurationBuilder configuration) => configuration
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.Local.json"), optional: true)
        .AddEnvironmentVariables();

    /// <summary>
    /// Every log line to stderr, so stdout carries only answers (and only JSON with --json). <c>Logging:Format=json</c>
    /// (or the console logger's own <c>Logging:Console:FormatterName=json</c>) writes one JSON object per line, with a
    /// UTC timestamp, for log shippers; <c>simple</c> (the default) and <c>systemd</c> work too.
    /// </summary>
    public static ILoggingBuilder AddBotLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        // Read here and set explicitly: Logging:Console:FormatterName alone did not switch the formatter in these hosts.
        var format = configuration["Logging:Format"] ?? configuration["Logging:Console:FormatterName"];
        logging.AddConsole(o =>
        {
            o.LogToStandardErrorThreshold = LogLevel.Trace;
            if (!string.IsNullOrWhiteSpace(format))
            {
                o.FormatterName = format.Trim().ToLowerInvariant();
            }
        });
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.JsonConsoleFormatterOptions>(o =>
        {
            if (string.IsNullOrEmpty(o.TimestampFormat))
            {
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
            }
        });
        return logging;
    }

    /// <summary>Knowledge, storage and retrieval; local MiniLM embeddings; the router and its intents.</summary>
    public static IServiceCollection AddBotServices(this IServiceCollection services) => services
        .AddInfrastructure()
        .AddMiniLmEmbeddings()
        .AddBotCore();
}
