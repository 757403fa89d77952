using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Adapters.Discord.Rendering;
using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord;

/// <summary>
/// Runs before the server accepts traffic: builds what the first interaction would otherwise pay for (the signature key, the
/// autocomplete index over the knowledge base, the renderer and serializer, and the JIT of the routing path), then, when asked,
/// registers the commands in the background.
/// </summary>
internal sealed class DiscordStartup(
    InteractionSignature signature,
    AutocompleteProvider autocomplete,
    IKnowledgeProvider knowledge,
    IntentRouter router,
    CommandRegistrar registrar,
    IOptions<DiscordOptions> options,
    ILogger<DiscordStartup> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _warmUp = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Mode == DiscordMode.Off)
        {
            return;
        }

        if (o.Mode == DiscordMode.Http)
        {
            signature.Load();
        }

        autocomplete.WarmUp();
        // In the background and cancelled at stop: an intent that waits on something (a retriever, a model) must not hold
        // the server's start, and a warm-up is worth nothing once the host is going down.
        _warmUp = Task.Run(() => WarmUpRoutingAsync(_stopping.Token), CancellationToken.None);

        if (o.RegisterCommandsOnStart)
        {
            // Not awaited: Discord being slow or down must not keep the bot from answering.
            _ = Task.Run(() => RegisterAsync(o.GuildId), CancellationToken.None);
        }
    }

    /// <summary>
    /// Answers one command of each kind through the router's explain path (the real intents; nothing logged or remembered)
    /// and renders the answers, so the first real interaction does not pay for compiling that code.
    /// </summary>
    private async Task WarmUpRoutingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WarmUpCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A warm-up that fails costs the first interaction some milliseconds, nothing more: say so and carry on.
            logger.LogWarning(ex, "Warming up the Discord routing path failed; the first interaction may be slower");
        }
    }

    private async Task WarmUpCoreAsync(CancellationToken cancellationToken)
    {
        var kb = knowledge.Current;
        StructuredCommand[] commands =
        [
            new("stats", new Dictionary<string, string> { ["metric"] = kb.Statistics.FirstOrDefault()?.Id ?? "", ["year"] = kb.AsOf.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new("faq", new Dictionary<string, string> { ["topic"] = kb.Faqs.FirstOrDefault()?.Id ?? "" }),
            new("timeline", new Dictionary<string, string> { ["year"] = kb.AsOf.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new("about", new Dictionary<string, string>()),
        ];
        foreach (var command in commands)
        {
            var traces = await router.ExplainAsync(new Question { Text = "", Command = command, ConversationKey = "warm-up", Platform = "warm-up" }, cancellationToken).ConfigureAwait(false);
            foreach (var trace in traces)
            {
                _ = DiscordJson.Serialize(new InteractionResponse(CallbackType.ChannelMessage, EmbedRenderer.Render(trace.Answer, "0", ephemeral: false)));
            }
        }

        _ = InteractionParser.Parse("""{"type":2,"id":"0","token":"t","data":{"name":"stats","options":[{"name":"year","type":4,"value":2019}]}}"""u8);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _warmUp.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RegisterAsync(string? guildId)
    {
        try
        {
            var count = await registrar.RegisterAsync(guildId, CancellationToken.None).ConfigureAwait(false);
            logger.LogInformation("Registered {Count} Discord commands {Scope}", count, guildId is null ? "globally" : $"in guild {guildId}");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Registering the Discord commands at start failed; run `commands register` to retry");
        }
    }
}
