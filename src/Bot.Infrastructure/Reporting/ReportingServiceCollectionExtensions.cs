using Bot.Core.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Infrastructure.Reporting;

public static class ReportingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ICuratorReports"/> (<see cref="CuratorReportBuilder"/>). Needs storage, retrieval and the
    /// <see cref="Bot.Core.Routing.IntentRouter"/> (the host's <c>AddBotCore</c>); uses the embedding generator when one is registered.
    /// </summary>
    public static IServiceCollection AddCuratorReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICuratorReports, CuratorReportBuilder>();
        return services;
    }
}
