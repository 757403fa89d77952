using Bot.Core.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Bot.Host.Composition;

/// <summary>Settings of the <c>Metrics</c> section.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Serve <c>GET /metrics</c> (Prometheus text format). On by default; <c>Metrics__Enabled=false</c> turns it off.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// <c>GET /metrics</c> for <c>serve</c> only: the bot's meters (<see cref="BotMeters"/>) exported for Prometheus by OpenTelemetry.
/// The meters themselves are plain System.Diagnostics.Metrics in Core; this is the only place that knows OpenTelemetry, and
/// CLI verbs never pay for it.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    /// <summary>The meter Npgsql reports its commands and connections on (with PostgreSQL storage; nothing with LiteDB).</summary>
    public const string NpgsqlMeter = "Npgsql";

    /// <summary>The <c>service_name</c> of <c>target_info</c>.</summary>
    public const string ServiceName = "jk-relations-bot";

    public static WebApplicationBuilder AddBotMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName);
        if (!Enabled(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
            .AddMeter([.. BotMeters.All])
            // Npgsql's own: db_client_operation_duration_seconds_count is the database round trips this replica made (issue 16).
            .AddMeter(NpgsqlMeter)
            // Every scrape sees the counts as they are now (the default caches a scrape for 300 ms).
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    public static WebApplication MapBotMetrics(this WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(Path);
        }

        return app;
    }

    // Read while composing (the exporter is registered or not before the container exists), from the same bound section.
    private static bool Enabled(IConfiguration configuration) =>
        configuration.GetSection(MetricsOptions.SectionName).Get<MetricsOptions>()?.Enabled ?? true;
}
