using System.Collections.Concurrent;
using Bot.Adapters.Common.Answers;
using Bot.Adapters.Common.Charts;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// Answers a Discord message meant for the bot, once: an @mention in a channel, a DM, a reply to one of its answers, or a message in
/// a thread it started (without a mention when the Message Content intent is on; with Discord:MessageContentIntent off Discord sends
/// such messages' text only when they mention the bot). The answer is a reply (<c>message_reference</c>) with the same embed as a
/// slash command's. Follow-up context: per channel and person (shared with slash commands), per DM, per thread. Small talk in a
/// thread is left alone; thanks get one 👍. Every path goes through the same router, dedupe and rendering.
/// </summary>
public sealed class MessageAnswerer(
    IntentRouter router,
    DiscordRestClient rest,
    DiscordIdentity identity,
    IDeliveryDeduplicator deliveries,
    IFollowedThreads followed,
    ChannelSettingsAdmin settings,
    ThrottleNotices notices,
    RecentAnswers memory,
    AnswerCharts charts,
    ILogger<MessageAnswerer> logger)
{
    /// <summary>Gateway resumes replay missed events; a message is claimed for a day.</summary>
    public static readonly TimeSpan DedupeTtl = TimeSpan.FromDays(1);

    public const string ThanksEmoji = "👍";

    /// <summary>The English "not in this channel"; a reader of Korean or Japanese gets theirs (<see cref="AskerLanguage"/>).</summary>
    public static string NotInThisChannelText => EnglishTemplates.Text.NotInThisChannel;

    // Channels that refused a post (a user who does not accept DMs, a channel without Send Messages): logged once each, never retried.
    private readonly ConcurrentDictionary<string, byte> _refused = new(StringComparer.Ordinal);

    public async Task AnswerAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        var self = identity.BotUserId;
        var thread = message.IsDirect ? null : followed.Find(Platforms.Discord, message.ChannelId);
        var addressed = message.IsDirect
            || (self is not null && (MessageText.Mentions(message.Content, self) || message.ReplyToAuthorId == self));
        if (!addressed && thread is null)
        {
            return;
        }

        var here = settings.For(Platforms.Discord, message.GuildId, thread?.ParentChannel ?? message.ChannelId);
        var text = MessageText.Clean(message.Content, self);
        var kind = Chatter.Classify(text);
        if (!addressed)
        {
            // In a thread the bot started, without a mention: only with the Message Content intent (else the text is empty), with
            // follow-ups on, addressed to nobody else, and not small talk.
            if (!here.ThreadFollowUps || message.Content.Length == 0 || message.MentionIds.Count > 0 || message.MentionsEveryoneOrRoles
                || MessageText.MentionsAnyone(message.Content) || kind == ChatterKind.Chatter)
            {
                return;
            }
        }

        if (!deliveries.TryClaim("discord:message:" + message.Id, DedupeTtl))
        {
            logger.LogDebug("Discord message {Id} already handled (a replayed event)", message.Id);
            return;
        }

        if (kind == ChatterKind.Thanks)
        {
            await SendAsync(message, () => rest.AddReactionAsync(message.ChannelId, message.Id, ThanksEmoji, cancellationToken)).ConfigureAwait(false);
            return;
        }

        if (!here.AnswersHere && thread is null)
        {
            await PostAsync(message, EmbedRenderer.Notice(AskerLanguage.Templates(text, here.Language).NotInThisChannel, ephemeral: false), [], cancellationToken).ConfigureAwait(false);
            return;
        }

        var question = new Question
        {
            Text = text,
            ConversationKey = thread is not null ? ThreadConversation(message.ChannelId) : $"{Platforms.Discord}:{message.ChannelId}:{message.AuthorId}",
            Platform = Platforms.Discord,
            UserId = message.AuthorId,
            ChannelId = message.ChannelId,
            AnswerLanguage = here.Language,
            AnswerId = message.Id,
        };

        MessagePayload reply;
        IReadOnlyList<DiscordFile> files = [];
        try
        {
            var answer = await router.RouteAsync(question, cancellationToken).ConfigureAwait(false);
            if (!notices.ShouldSend(answer, Platforms.Discord, message.AuthorId))
            {
                logger.LogDebug("Discord user {User} is still over the limit and was told so: no second notice", message.AuthorId);
                return;
            }

            memory.Remember(message.Id, answer);
            var threadable = !message.IsDirect && thread is null && here.ThreadFollowUps && answer.Outcome == Outcome.Answer;
            reply = EmbedRenderer.Render(answer, message.Id, ephemeral: false, threadable);
            if (charts.For(answer, ChartBackground.Dark, $"message {message.Id}") is { } png)
            {
                files = [new DiscordFile(InteractionHandler.ChartFileName, "image/png", png)];
                reply = reply with
                {
                    Embeds = [.. reply.Embeds!.Select((e, i) => i == 0 ? e with { Image = new EmbedImage("attachment://" + InteractionHandler.ChartFileName) } : e)],
                    Attachments = [new MessageAttachment(0, InteractionHandler.ChartFileName)],
                };
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Discord message {Id}: answering failed", message.Id);
            reply = EmbedRenderer.Notice(AskerLanguage.Templates(text, here.Language).Failure, ephemeral: false);
        }

        await PostAsync(message, reply, files, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conversation of a thread the bot started: every message in it shares the context, whoever writes.</summary>
    public static string ThreadConversation(string threadId) => $"{Platforms.Discord}:thread:{threadId}";

    private Task PostAsync(DiscordMessage message, MessagePayload reply, IReadOnlyList<DiscordFile> files, CancellationToken cancellationToken) =>
        SendAsync(message, () => rest.CreateMessageAsync(message.ChannelId, reply with { MessageReference = new MessageReference(message.Id) }, files, cancellationToken));

    /// <summary>A refused post (403: the user takes no DMs, Missing Access…) is logged once per channel and never retried.</summary>
    private async Task SendAsync(DiscordMessage message, Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex.Status is >= 400 and < 500)
        {
            if (_refused.Count > 10_000)
            {
                _refused.Clear();
            }

            if (_refused.TryAdd(message.ChannelId, 0))
            {
                logger.LogWarning("Discord refused the bot's reply in channel {Channel} ({Status}): {Error}. Not retried; further refusals there are logged at debug level",
                    message.ChannelId, ex.Status, ex.Message);
            }
            else
            {
                logger.LogDebug("Discord refused the bot's reply in channel {Channel} again ({Status})", message.ChannelId, ex.Status);
            }
        }
    }
}
