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

    /// <summary>Every log line to stderr, so stdout carries only answers (and only JSON with --json).</summary>
    public static ILoggingBuilder AddBotLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging;
    }

    /// <summary>Knowledge, storage and retrieval; local MiniLM embeddings; the router and its intents.</summary>
    public static IServiceCollection AddBotServices(this IServiceCollection services) => services
        .AddInfrastructure()
        .AddMiniLmEmbeddings()
        .AddBotCore();
}
