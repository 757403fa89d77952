using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Adapters.Discord.Rendering;
using Bot.Core.Admin;
using Bot.Core.Admin.Texts;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// <c>/knowledge reload</c>: re-reads the knowledge folder for a server admin (<see cref="KnowledgeReload"/>). Discord hides the command
/// from members without Manage Server (<c>default_member_permissions</c>), but a server can widen that, so the bot checks
/// <c>member.permissions</c> itself and refuses in DMs. A reload can take seconds (indexes, embeddings), so the reply is always deferred
/// ephemerally (type 5, flag 64) and edited in when the reload is done; questions keep being answered from the old snapshot meanwhile.
/// </summary>
public sealed class KnowledgeCommand(KnowledgeReload reload, DiscordRestClient rest, ChannelSettingsAdmin settings, ILogger<KnowledgeCommand> logger)
{
    public static string GuildOnlyText => EnglishAdminTexts.Text.GuildOnly("/knowledge");
    public static string NotAllowedText => EnglishAdminTexts.Text.KnowledgeNotAllowedDiscord;

    public InteractionReply Handle(Interaction interaction)
    {
        if (interaction.GuildId is not { Length: > 0 } guild)
        {
            return Message(AdminTexts.Of(null, interaction.Locale, interaction.GuildLocale).GuildOnly("/knowledge"));
        }

        var words = ConfigCommand.Words(settings, interaction, guild);
        if (!interaction.CanManageGuild)
        {
            logger.LogWarning("/knowledge refused for user {User} in guild {Guild}: no Manage Server permission", interaction.UserId, interaction.GuildId);
            return Message(words.KnowledgeNotAllowedDiscord);
        }

        var sub = interaction.Options.FirstOrDefault(o => o.Type == OptionType.SubCommand);
        if (sub?.Name != CommandDefinitions.Reload)
        {
            return Message(words.KnowledgeUsageDiscord);
        }

        if (!reload.IsAvailable)
        {
            return Message(words.ReloadNotAvailable);
        }

        logger.LogInformation("Knowledge reload requested by user {User} in guild {Guild}", interaction.UserId, interaction.GuildId);
        var deferred = new InteractionResponse(CallbackType.DeferredChannelMessage, new MessagePayload { Flags = MessagePayload.Ephemeral });
        return InteractionReply.Of(deferred, async stopping =>
        {
            string text;
            try
            {
                text = (await reload.ReloadAsync(isAdmin: true, stopping).ConfigureAwait(false)).ToText(DiscordLimits.Content, words);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                logger.LogError(ex, "Knowledge reload for interaction {Id} failed", interaction.Id);
                text = words.ReloadFailed;
            }

            // The deferral already made the reply ephemeral; an edit cannot change that, so no flags here.
            await rest.EditOriginalResponseAsync(interaction.Token, EmbedRenderer.Notice(text, ephemeral: false), stopping).ConfigureAwait(false);
        });
    }

    private static InteractionReply Message(string text) =>
        InteractionReply.Of(new InteractionResponse(CallbackType.ChannelMessage, EmbedRenderer.Notice(text)));
}
