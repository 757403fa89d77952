using Bot.Adapters.Common.Charts;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Outbound;
using Bot.Adapters.Slack.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Answers a person's message once, after Slack has been acknowledged: an app_mention (in its thread, or a new one under it), a direct
/// message (in the DM), or — without a mention — a reply in a thread the bot has answered in, when Slack:FollowThreads and the
/// channel's settings allow it. A thread reply that mentions someone else, or is small talk, gets no answer ("thanks" gets one 👍).
/// Every path goes through the same router, dedupe and rendering. When the answer has a chart and the host registered a chart
/// renderer, the PNG follows the answer into the same thread; a failed chart is logged and never fails or repeats the answer.
/// </summary>
public sealed class MessageAnswerer(
    IntentRouter router,
    SlackApiClient api,
    SlackIdentity identity,
    IDeliveryDeduplicator deliveries,
    IFollowedThreads followed,
    ChannelSettingsAdmin settings,
    ThrottleNotices notices,
    AnswerCharts charts,
    SlackUserLocales locales,
    IOptions<SlackOptions> options,
    ILogger<MessageAnswerer> logger)
{
    public const string ChartFileName = "chart.png";

    /// <summary>How long the bot keeps following a thread it answered in.</summary>
    public static readonly TimeSpan FollowFor = TimeSpan.FromDays(7);

    public const string ThanksReaction = "+1";

    public async Task AnswerAsync(SlackMessageEvent message, CancellationToken cancellationToken)
    {
        var self = await identity.GetBotUserIdAsync(cancellationToken).ConfigureAwait(false);
        if (message.User == self)
        {
            return;
        }

        var here = settings.For(Platforms.Slack, message.IsDirect ? null : message.TeamId, message.Channel);
        var thanks = false;
        if (message.Kind == SlackMessageKind.Message && !message.IsDirect)
        {
            if (!IsFollowUp(message, self, here, out thanks))
            {
                return;
            }
        }

        // Claimed before anything is posted: a retry (X-Slack-Retry-Num), a Socket Mode redelivery or the same event after a restart
        // finds the first claim; an edited mention (a new event id, the same message) or a mention that also arrives as a thread
        // message finds the second. The price is at-most-once: a crash mid-answer stays unanswered.
        if (!deliveries.TryClaimBoth("slack:event:" + message.EventId, message.MessageKey, options.Value.DedupeTtl))
        {
            logger.LogDebug("Slack event {EventId} (message {Ts}) already handled; duplicate delivery or edit ignored", message.EventId, message.Ts);
            return;
        }

        if (thanks)
        {
            await api.AddReactionAsync(message.Channel, message.Ts, ThanksReaction, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!here.AnswersHere)
        {
            await api.PostEphemeralAsync(message.Channel, message.User, message.ReplyThreadTs, BlockKitRenderer.Notice(AskerLanguage.Templates(message.Text, here.Language).NotInThisChannel), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        if (options.Value.ReactWhileWorking)
        {
            await api.AddReactionAsync(message.Channel, message.Ts, "eyes", cancellationToken).ConfigureAwait(false);
        }

        var question = new Question
        {
            Text = MentionText.Clean(message.Text, self),
            ConversationKey = message.ConversationKey,
            Platform = Platforms.Slack,
            UserId = message.User,
            ChannelId = message.Channel,
            AnswerLanguage = here.Language,
            Locale = await locales.ForAsync(message.TeamId, message.User, cancellationToken).ConfigureAwait(false),
            AnswerId = message.EventId,
        };

        SlackMessage reply;
        Answer? answer = null;
        try
        {
            answer = await router.RouteAsync(question, cancellationToken).ConfigureAwait(false);
            reply = BlockKitRenderer.Render(answer, message.EventId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Slack event {EventId}: answering failed", message.EventId);
            reply = BlockKitRenderer.Notice(AskerLanguage.Templates(question.Text, here.Language).Failure);
        }

        if (answer is not null && !notices.ShouldSend(answer, Platforms.Slack, message.User))
        {
            logger.LogDebug("Slack user {User} is still over the limit and was told so: no second notice", message.User);
            return;
        }

        // Only the asker sees a notice meant for them; in a DM everything is only theirs anyway.
        if (answer is { ForAskerOnly: true } && !message.IsDirect)
        {
            await api.PostEphemeralAsync(message.Channel, message.User, message.ReplyThreadTs, reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        var posted = await api.PostMessageAsync(message.Channel, message.ReplyThreadTs, reply, cancellationToken).ConfigureAwait(false);
        if (!posted.Ok)
        {
            return;
        }

        if (message.ThreadKey is { } thread && !message.IsDirect)
        {
            followed.Follow(Platforms.Slack, thread, message.Channel, FollowFor);
        }

        if (answer is not null && charts.For(answer, ChartBackground.Light, $"Slack event {message.EventId}") is { } png)
        {
            await UploadChartAsync(message, answer, png, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A message in a channel without a mention: answered only as a reply in a thread the bot is in, with follow-ups on, addressed to
    /// nobody else, and not small talk (<paramref name="thanks"/>: acknowledge it with a reaction instead).
    /// </summary>
    private bool IsFollowUp(SlackMessageEvent message, string? self, EffectiveSettings here, out bool thanks)
    {
        thanks = false;
        if (!message.IsThreadReply || !options.Value.FollowThreads || !here.ThreadFollowUps || !here.AnswersHere)
        {
            return false;
        }

        // A mention of the bot comes as an app_mention too, which is answered; a mention of anyone else is a conversation between people.
        if (MentionText.MentionsAnyone(message.Text) || message.ThreadKey is not { } thread || followed.Find(Platforms.Slack, thread) is null)
        {
            return false;
        }

        switch (Chatter.Classify(MentionText.Clean(message.Text, self)))
        {
            case ChatterKind.Thanks:
                thanks = true;
                return true;
            case ChatterKind.Chatter:
                return false;
            default:
                return true;
        }
    }

    private async Task UploadChartAsync(SlackMessageEvent message, Answer answer, byte[] png, CancellationToken ct)
    {
        try
        {
            await SlackFileUpload.UploadToThreadAsync(api, logger, "Answer chart", message.Channel, message.ReplyThreadTs ?? message.Ts, ChartFileName, answer.Title, png, ct)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Chart for Slack event {EventId} not attached; the answer stands", message.EventId);
        }
    }
}
