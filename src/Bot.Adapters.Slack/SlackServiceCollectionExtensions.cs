using Bot.Adapters.Common;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Inbound.SocketMode;
using Bot.Adapters.Slack.Outbound;
using Bot.Core;
using Bot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack adapter: <see cref="SlackOptions"/> (validated at start, per mode), the Web API client, the
    /// handlers shared by the HTTP endpoints (<c>MapSlack</c>) and Socket Mode, and the hosted services — the
    /// background work queue, the start-up warm-up and the Socket Mode client (which idles unless Slack:Mode is
    /// SocketMode). Needs <c>IntentRouter</c>, <c>IFeedbackStore</c> and <c>IDeliveryDeduplicator</c> from the host.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services)
    {
        // With recent answers, the signed-body reader, the chart port and the platform metrics, shared with the Discord adapter.
        services.AddPlatformOptions<SlackOptions, SlackOptionsValidator>(SlackOptions.SectionName);

        services.AddHttpClient(SlackApiClient.HttpClientName, (sp, http) =>
            {
                var settings = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
                http.BaseAddress = Uri.TryCreate(settings.ApiBaseUrl, UriKind.Absolute, out var api) ? api : new Uri("https://slack.com/api/");
                // Each attempt has its own timeout on the injected clock (Slack:RequestTimeout); see SlackApiClient.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The default request logging would write response_url paths, which are credentials, to the log.
            .RemoveAllLoggers();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackUserLocales>();
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<SlackIdentity>();

        services.AddWorkQueue(Platforms.Slack, "Slack", sp => Size(sp.GetRequiredService<IOptions<SlackOptions>>().Value));
        services.AddSingleton<MessageAnswerer>();
        services.AddSingleton<SlackEventHandler>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<BlockActionHandler>();

        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<EventsEndpoint>();
        services.AddSingleton<CommandsEndpoint>();
        services.AddSingleton<InteractivityEndpoint>();

        // The digest runner (DigestPublishers) picks the publisher whose Platform is "slack".
        services.AddSingleton<SlackDigestPublisher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestPublisher, SlackDigestPublisher>(sp => sp.GetRequiredService<SlackDigestPublisher>()));

        // "/jk digest …" (needs IDigestStore, which AddStorage registers, and IKnowledgeProvider).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlackSubcommand, DigestCommand>());
        // "/jk reload" and "/jk knowledge reload" (admins; needs IKnowledgeReloader, which AddInfrastructure registers).
        services.AddSingleton<ReloadCommand>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlackSubcommand, ReloadCommand>(sp => sp.GetRequiredService<ReloadCommand>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlackSubcommand, KnowledgeCommand>());
        // "/jk config …": per-channel settings (admins change them).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlackSubcommand, ConfigCommand>());

        services.AddSingleton<SocketModeDispatcher>();
        services.AddSingleton<SocketModeClient>();
        services.AddHostedService<SlackStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<SocketModeClient>());

        // Reported by name in the host's /readyz (Socket Mode: connected; Events: ok; Off: left out).
        services.AddHealthChecks().AddCheck<SlackHealthCheck>(SlackHealthCheck.Name, tags: [Readiness.Tag]);
        return services;
    }

    private static (int Capacity, int Workers) Size(SlackOptions o) => (o.QueueCapacity, o.Workers);
}
