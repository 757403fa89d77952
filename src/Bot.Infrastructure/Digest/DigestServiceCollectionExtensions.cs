using System.Net;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Digest;

/// <summary>Registers the daily digest. Storage (<c>AddStorage</c>) and knowledge (<c>AddInfrastructure</c>) come first.</summary>
public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="DigestOptions"/> (validated at start), the runner, feeds, charts and the log-only stand-in for
    /// platforms whose adapter is not registered. Adapters register their <c>IDigestPublisher</c> alongside.
    /// </summary>
    public static IServiceCollection AddDigest(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new LogOnlyDigestPublisher(sp.GetRequiredService<ILogger<LogOnlyDigestPublisher>>()));
        services.TryAddSingleton<DigestPublishers>();
        services.TryAddSingleton<IHeadlineSource>(sp => new FeedReader(
            FeedHttpClient(),
            sp.GetRequiredService<IOptions<DigestOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FeedReader>>()));
        services.AddMetrics();
        services.TryAddSingleton<DigestMetrics>();
        services.TryAddSingleton<DigestRunner>();
        // A channel that cannot be read stops the start naming the key, rather than the report silently never coming.
        services.AddOptions<WeeklyReportOptions>().BindConfiguration(WeeklyReportOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.ReportChannel) || WeeklyCuratorReport.Parse(o.ReportChannel) is not null,
                "Admin__ReportChannel (Admin:ReportChannel) must be \"discord:<channel id>\" or \"slack:<channel id>\" (letters and digits only), or unset to turn the weekly curator report off.")
            .ValidateOnStart();
        services.TryAddSingleton<WeeklyCuratorReport>();
        return services;
    }

    /// <summary>The every-minute scheduler, for the long-running <c>serve</c> verb (CLI verbs tick by hand).</summary>
    public static IServiceCollection AddDigestScheduler(this IServiceCollection services)
    {
        services.AddDigest();
        services.AddHostedService<DigestScheduler>();
        return services;
    }

    private static HttpClient FeedHttpClient()
    {
        // One client for the process; the per-feed timeout is a token on the injected clock, not HttpClient.Timeout.
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            MaxAutomaticRedirections = 3,
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("jk-relations-bot/1.0 (+digest headlines)");
        return client;
    }
}
