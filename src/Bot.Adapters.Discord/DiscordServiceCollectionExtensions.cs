using Bot.Adapters.Common;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Inbound.Gateway;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Core;
using Bot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DiscordOptions"/> (validated at start), the REST client, the interaction handler, the Gateway client
    /// (runs only in Gateway mode) and the start-up warm-up. Needs Core's <c>IntentRouter</c>, an <c>IKnowledgeProvider</c> and an
    /// <c>IFeedbackStore</c>. Map the HTTP endpoint with <see cref="DiscordEndpointRouteBuilderExtensions.MapDiscord"/>.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        // With recent answers, the signed-body reader, the chart port and the platform metrics, shared with the Slack adapter.
        services.AddPlatformOptions<DiscordOptions, DiscordOptionsValidator>(DiscordOptions.SectionName);

        services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, http) =>
                DiscordRestClient.Configure(http, sp.GetRequiredService<IOptions<DiscordOptions>>().Value))
            // The default request logging writes full URLs, and interaction callback and webhook paths carry the
            // interaction token (anyone holding it can answer as the bot for 15 minutes). DiscordRestClient logs route
            // templates instead.
            .RemoveAllLoggers();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<CommandRegistrar>();

        // The digest runner's publisher for "discord" (DigestPublishers picks it by Platform once a bot token is set).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDigestPublisher, DiscordDigestPublisher>());

        // Loaded only in Http mode, where validation has already checked the key.
        services.AddSingleton<InteractionSignature>();
        services.AddSingleton<InteractionEndpoint>();
        services.AddSingleton<AutocompleteProvider>();
        services.AddSingleton<DigestCommand>();
        services.AddSingleton<KnowledgeCommand>();
        services.AddSingleton<ConfigCommand>();
        services.AddSingleton<ThreadStarter>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<DiscordIdentity>();
        services.AddSingleton<MessageAnswerer>();
        services.AddSingleton<MessageHandler>();
        services.AddWorkQueue(Platforms.Discord, "Discord", sp => Size(sp.GetRequiredService<IOptions<DiscordOptions>>().Value));

        services.AddHostedService<DiscordStartup>();
        services.AddSingleton<GatewayClient>();
        services.AddHostedService(sp => sp.GetRequiredService<GatewayClient>());

        // Reported by name in the host's /readyz (Gateway: session READY; Http: key loaded; Off: left out).
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>(DiscordHealthCheck.Name, tags: [Readiness.Tag]);
        return services;
    }

    private static (int Capacity, int Workers) Size(DiscordOptions o) => (o.QueueCapacity, o.Workers);
}
