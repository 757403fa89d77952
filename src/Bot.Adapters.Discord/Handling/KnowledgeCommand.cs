using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Adapters.Discord.Rendering;
using Bot.Core.Admin;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// <c>/knowledge reload</c>: re-reads the knowledge folder for a server admin (<see cref="KnowledgeReload"/>). Discord hides the command
/// from members without Manage Server (<c>default_member_permissions</c>), but a server can widen that, so the bot checks
/// <c>member.permissions</c> itself and refuses in DMs. A reload can take seconds (indexes, embeddings), so the reply is always deferred
/// ephemerally (type 5, flag 64) and edited in when the reload is done; questions keep being answered from the old snapshot meanwhile.
/// </summary>
public sealed class KnowledgeCommand(KnowledgeReload reload, DiscordRestClient rest, ILogger<KnowledgeCommand> logger)
{
    public const string GuildOnlyText = "/knowledge works in a server, not in direct messages.";
    public const string NotAllowedText = "Only members with the Manage Server permission can reload the knowledge base.";

    public InteractionReply Handle(Interaction interaction)
    {
        if (interaction.GuildId is not { Length: > 0 })
        {
            return Message(GuildOnlyText);
        }

        if (!interaction.CanManageGuild)
        {
            logger.LogWarning("/knowledge refused for user {User} in guild {Guild}: no Manage Server permission", interaction.UserId, interaction.GuildId);
            return Message(NotAllowedText);
        }

        var sub = interaction.Options.FirstOrDefault(o => o.Type == OptionType.SubCommand);
        if (sub?.Name != CommandDefinitions.Reload)
        {
            return Message("Use /knowledge reload.");
        }

        if (!reload.IsAvailable)
        {
            return Message(KnowledgeReloadResult.NotAvailableText);
        }

        logger.LogInformation("Knowledge reload requested by user {User} in guild {Guild}", interaction.UserId, interaction.GuildId);
        var deferred = new InteractionResponse(CallbackType.DeferredChannelMessage, new MessagePayload { Flags = MessagePayload.Ephemeral });
        return InteractionReply.Of(deferred, async stopping =>
        {
            string text;
            try
            {
                text = (await reload.ReloadAsync(isAdmin: true, stopping).ConfigureAwait(false)).ToText(DiscordLimits.Content);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                logger.LogError(ex, "Knowledge reload for interaction {Id} failed", interaction.Id);
                text = "The reload failed unexpectedly; the current knowledge is still being served. The bot's log has the details.";
            }

            // The deferral already made the reply ephemeral; an edit cannot change that, so no flags here.
            await rest.EditOriginalResponseAsync(interaction.Token, EmbedRenderer.Notice(text, ephemeral: false), stopping).ConfigureAwait(false);
        });
    }

    private static InteractionReply Message(string text) =>
        InteractionReply.Of(new InteractionResponse(CallbackType.ChannelMessage, EmbedRenderer.Notice(text)));
}
