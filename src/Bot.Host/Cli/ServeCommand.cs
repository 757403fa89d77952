using System.CommandLine;
using Bot.Adapters.Discord;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Slack;
using Bot.Core.Abstractions;
using Bot.Host.Admin;
using Bot.Host.Composition;
using Bot.Infrastructure.Cluster;
using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Storage;

namespace Bot.Host.Cli;

/// <summary>
/// <c>serve [--urls URL]</c>: the long-running bot. Kestrel with <c>GET /healthz</c>, <c>/readyz</c>, <c>/metrics</c> and, when
/// <c>Admin:Token</c> is set, the curator's <c>/admin</c> pages; per <c>Discord:Mode</c> the Discord
/// interactions endpoint or the Gateway connection; per <c>Slack:Mode</c> the Slack endpoints or Socket Mode; and the digest
/// scheduler. Knowledge, indexes and the embedding model are loaded before the server accepts its first request, so the
/// first interaction is as fast as the rest.
/// </summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {DefaultUrls}, or ASPNETCORE_URLS when set). Put TLS in a reverse proxy." };
        var command = new Command("serve", "Run the bot: Discord (HTTP endpoint or Gateway), Slack (Events or Socket Mode), the digest scheduler and a health check.") { urls };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(urls), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? urls, CancellationToken ct)
    {
        WebApplication? app = null;
        var opened = CliStartup.Guard(() =>
        {
            app = Build(urls ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? DefaultUrls);
            return ExitCodes.Ok;
        });
        if (app is null)
        {
            return opened;
        }

        await using (app)
        {
            // Eager: a broken knowledge base stops here with file:line messages, before anything listens.
            if (!KnowledgeGate.TryLoad(app.Services))
            {
                return ExitCodes.KnowledgeInvalid;
            }

            // StartAsync validates options and runs the warm-ups (retrieval indexes, model, Discord) before Kestrel starts.
            var started = await CliStartup.GuardAsync(() => app.StartAsync(ct)).ConfigureAwait(false);
            if (started != ExitCodes.Ok)
            {
                return started;
            }

            app.Logger.LogInformation("Serving on {Urls} (Discord: {Discord}, Slack: {Slack})", string.Join(", ", app.Urls),
                app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DiscordOptions>>().Value.Mode,
                app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SlackOptions>>().Value.Mode);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
    }

    /// <summary>The server: the same configuration, logging and services as every CLI verb, plus Discord and the endpoints.</summary>
    public static WebApplication Build(string urls, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Directory.GetCurrentDirectory(), Args = [] });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddBotConfiguration();
        builder.Logging.AddBotLogging(builder.Configuration);
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddBotServices();

        // Before the adapters, so it stops after them and flushes their last writes.
        builder.Services.AddStorageWriteBehind();
        // Before the adapters too: the lease is released only once the Gateway and Socket Mode have stopped.
        builder.Services.AddCluster();
        builder.Services.AddDiscord();
        builder.Services.AddSlack();
        // Both adapters' chart port, over one cache of rendered charts.
        builder.Services.AddSingleton<Bot.Infrastructure.Charts.ChartCache>();
        builder.Services.AddSingleton<Bot.Adapters.Common.Charts.IChartRenderer, CachedChartRenderer>();
        builder.Services.AddDigestScheduler();
        // The weekly curator report to Admin:ReportChannel (off when unset) builds on the curator report.
        Bot.Infrastructure.Reporting.ReportingServiceCollectionExtensions.AddCuratorReports(builder.Services);
        builder.AddBotMetrics();
        builder.AddAdmin();
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapHealth();
        app.MapBotMetrics();
        app.MapAdmin();
        app.MapDiscord();
        app.MapSlack();
        return app;
    }
}
