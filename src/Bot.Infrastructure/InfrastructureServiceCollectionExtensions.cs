using Bot.Core.Abstractions;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Reporting;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Knowledge loading, LiteDB storage, (when configured) retrieval, and the curator report.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KnowledgeLoader>();
        // One instance serves as the provider and as the hosted service that loads eagerly and watches for edits.
        services.AddSingleton(sp => new ReloadingKnowledgeProvider(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<KnowledgeOptions>>(),
            sp.GetRequiredService<KnowledgeLoader>(),
            () => sp.GetServices<IKnowledgeSnapshotWarmer>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ReloadingKnowledgeProvider>>()));
        services.AddSingleton<IKnowledgeProvider>(sp => sp.GetRequiredService<ReloadingKnowledgeProvider>());
        services.AddSingleton<IKnowledgeReloader>(sp => sp.GetRequiredService<ReloadingKnowledgeProvider>());
        services.AddHostedService(sp => sp.GetRequiredService<ReloadingKnowledgeProvider>());
        services.AddStorage();
        services.AddOptions<Throttling.ThrottleOptions>().BindConfiguration(Throttling.ThrottleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IQuestionThrottle, Throttling.QuestionThrottle>();
        services.AddRetrieval();
        services.AddCuratorReports();
        return services;
    }
}
