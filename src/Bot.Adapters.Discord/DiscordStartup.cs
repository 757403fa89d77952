using Bot.Adapters.Discord.Commands;
using Bot.Adapters.Discord.Interactions;
using Bot.Adapters.Discord.Rendering;
using Bot.Core.Answers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord;

/// <summary>
/// Runs before the server accepts traffic: builds what the first interaction would otherwise pay for (the signature key, the
/// autocomplete index over the knowledge base, the renderer and serializer), then, when asked, registers the commands in the background.
/// </summary>
internal sealed class DiscordStartup(IServiceProvider services, IOptions<DiscordOptions> options, ILogger<DiscordStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Mode == DiscordMode.Off)
        {
            return Task.CompletedTask;
        }

        if (o.Mode == DiscordMode.Http)
        {
            _ = services.GetRequiredService<Ed25519Verifier>();
        }

        services.GetRequiredService<AutocompleteProvider>().WarmUp();
        var sample = new Answer { Outcome = Outcome.Answer, Intent = "warm-up", Title = "warm-up", Body = "warm-up" };
        _ = DiscordJson.Serialize(new InteractionResponse(CallbackType.ChannelMessage, EmbedRenderer.Render(sample, "0", ephemeral: false)));

        if (o.RegisterCommandsOnStart)
        {
            // Not awaited: Discord being slow or down must not keep the bot from answering.
            _ = Task.Run(() => RegisterAsync(o.GuildId), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RegisterAsync(string? guildId)
    {
        try
        {
            var count = await services.GetRequiredService<CommandRegistrar>().RegisterAsync(guildId, CancellationToken.None).ConfigureAwait(false);
            logger.LogInformation("Registered {Count} Discord commands {Scope}", count, guildId is null ? "globally" : $"in guild {guildId}");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Registering the Discord commands at start failed; run `commands register` to retry");
        }
    }
}
