using Bot.Embeddings.MiniLM;
using Bot.Infrastructure;

namespace Bot.Host.Composition;

/// <summary>
/// The generic host the CLI verbs run in: appsettings next to the executable, then environment variables;
/// every log line to stderr so that stdout carries only answers (and only JSON with --json).
/// </summary>
public static class CliHost
{
    public static IHost Build(string[]? args = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? [],
            ContentRootPath = Directory.GetCurrentDirectory(),
            DisableDefaults = true,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.Local.json"), optional: true)
            .AddEnvironmentVariables();
        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddInfrastructure();
        builder.Services.AddMiniLmEmbeddings();
        builder.Services.AddBotCore();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
