using Bot.Adapters.Common.Answers;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
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
        if (interaction.GuildId is null || interaction.ChannelId is not { } channel || interaction.MessageId is not { } messageId || interaction.InThread)
        {
            return Notice("Threads can be started from answers in a server's channels.");
        }

        if (!settings.For(Platforms.Discord, interaction.GuildId, channel).ThreadFollowUps)
        {
            return Notice("Thread follow-ups are switched off in this channel.");
        }

        var deferred = new InteractionResponse(CallbackType.DeferredChannelMessage, new MessagePayload { Flags = MessagePayload.Ephemeral });
        return InteractionReply.Of(deferred, async stopping =>
        {
            var answer = memory.TryGet(answerId, out var remembered) ? remembered : null;
            string text;
            try
            {
                var name = DiscordText.Fit(DiscordText.Neutralise(answer?.Title is { Length: > 0 } title ? title : "Follow-up questions"), MaxThreadName);
                var thread = await rest.StartThreadAsync(channel, messageId, name, stopping).ConfigureAwait(false);
                if (thread is null)
                {
                    text = "Discord did not say which thread it started; ask again with a mention.";
                }
                else
                {
                    followed.Follow(Platforms.Discord, thread, channel, FollowFor);
                    if (answer?.Context is { } context)
                    {
                        conversations?.Set(MessageAnswerer.ThreadConversation(thread), context);
                    }

                    text = options.Value.MessageContentIntent
                        ? $"Started <#{thread}>: ask your follow-up questions there."
                        : $"Started <#{thread}>: ask your follow-up questions there, mentioning me in each.";
                }
            }
            catch (DiscordApiException ex) when (ex.Code == ThreadAlreadyCreated)
            {
                text = "This answer already has a thread: continue there.";
            }
            catch (DiscordApiException ex) when (ex.Status is 403 or 404)
            {
                logger.LogWarning("Starting a thread in channel {Channel} was refused ({Status}): {Error}", channel, ex.Status, ex.Message);
                text = "I couldn't start a thread here: I need the Create Public Threads permission in this channel.";
            }

            await rest.EditOriginalResponseAsync(interaction.Token, EmbedRenderer.Notice(text, ephemeral: false), stopping).ConfigureAwait(false);
        });
    }

    private static InteractionReply Notice(string text) =>
        InteractionReply.Of(new InteractionResponse(CallbackType.ChannelMessage, EmbedRenderer.Notice(text)));
}
