using Bot.Adapters.Common.Answers;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Answers.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// "Continue in a thread": starts a public thread from the answer the button sits on, follows it (messages there continue the
/// conversation), and carries the answer's follow-up context into it. The reply is private: deferred, then edited with a link.
/// </summary>
public sealed class ThreadStarter(
    DiscordRestClient rest,
    IFollowedThreads followed,
    RecentAnswers memory,
    ChannelSettingsAdmin settings,
    IOptions<DiscordOptions> options,
    ILogger<ThreadStarter> logger,
    IConversationStore? conversations = null)
{
    /// <summary>How long the bot keeps following a thread it started (Discord archives it after a day without messages).</summary>
    public static readonly TimeSpan FollowFor = TimeSpan.FromDays(7);

    /// <summary>Discord's JSON error code when the message already has a thread.</summary>
    private const int ThreadAlreadyCreated = 160004;

    private const int MaxThreadName = 100;

    public InteractionReply Handle(Interaction interaction, string answerId)
    {
        // Said in the language of the answer the button sits under, else the clicker's.
        var t = memory.TryGet(answerId, out var shown) ? AnswerTemplates.For(shown.Lang) : AskerLanguage.Templates(null, interaction.AnswerLocale);
        if (interaction.GuildId is null || interaction.ChannelId is not { } channel || interaction.MessageId is not { } messageId || interaction.InThread)
        {
            return Notice(t.ThreadsOnlyInServers);
        }

        if (!settings.For(Platforms.Discord, interaction.GuildId, channel).ThreadFollowUps)
        {
            return Notice(t.ThreadsOff);
        }

        var deferred = new InteractionResponse(CallbackType.DeferredChannelMessage, new MessagePayload { Flags = MessagePayload.Ephemeral });
        return InteractionReply.Of(deferred, async stopping =>
        {
            var answer = memory.TryGet(answerId, out var remembered) ? remembered : null;
            string text;
            try
            {
                var name = DiscordText.Fit(DiscordText.Neutralise(answer?.Title is { Length: > 0 } title ? title : t.ThreadName), MaxThreadName);
                var thread = await rest.StartThreadAsync(channel, messageId, name, stopping).ConfigureAwait(false);
                if (thread is null)
                {
                    text = t.ThreadNotSaid;
                }
                else
                {
                    followed.Follow(Platforms.Discord, thread, channel, FollowFor);
                    if (answer?.Context is { } context)
                    {
                        conversations?.Set(MessageAnswerer.ThreadConversation(thread), context);
                    }

                    text = t.ThreadStarted($"<#{thread}>", !options.Value.MessageContentIntent);
                }
            }
            catch (DiscordApiException ex) when (ex.Code == ThreadAlreadyCreated)
            {
                text = t.ThreadExists;
            }
            catch (DiscordApiException ex) when (ex.Status is 403 or 404)
            {
                logger.LogWarning("Starting a thread in channel {Channel} was refused ({Status}): {Error}", channel, ex.Status, ex.Message);
                text = t.ThreadRefused;
            }

            await rest.EditOriginalResponseAsync(interaction.Token, EmbedRenderer.Notice(text, ephemeral: false), stopping).ConfigureAwait(false);
        });
    }

    private static InteractionReply Notice(string text) =>
        InteractionReply.Of(new InteractionResponse(CallbackType.ChannelMessage, EmbedRenderer.Notice(text)));
}
