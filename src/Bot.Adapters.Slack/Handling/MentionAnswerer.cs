using Bot.Adapters.Slack.Rendering;
using Bot.Adapters.Slack.WebApi;
using Bot.Core.Abstractions;
using Bot.Core.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>Answers one app_mention in its thread, once, after Slack has been acknowledged.</summary>
public sealed class MentionAnswerer(
    IntentRouter router,
    SlackApiClient api,
    SlackIdentity identity,
    IDeliveryDeduplicator deliveries,
    IOptions<SlackOptions> options,
    ILogger<MentionAnswerer> logger)
{
    public async Task AnswerAsync(MentionEvent mention, CancellationToken cancellationToken)
    {
        var self = await identity.GetBotUserIdAsync(cancellationToken).ConfigureAwait(false);
        if (mention.User == self)
        {
            return;
        }

        // Claimed before anything is posted: a retry (X-Slack-Retry-Num), a Socket Mode redelivery or the same event
        // after a restart finds the claim and stops here. The price is at-most-once: a crash mid-answer stays unanswered.
        if (!deliveries.TryClaim("slack:event:" + mention.EventId, options.Value.DedupeTtl))
        {
            logger.LogDebug("Slack event {EventId} already handled; duplicate delivery ignored", mention.EventId);
            return;
        }

        if (options.Value.ReactWhileWorking)
        {
            await api.AddReactionAsync(mention.Channel, mention.Ts, "eyes", cancellationToken).ConfigureAwait(false);
        }

        var question = new Question
        {
            Text = MentionText.Clean(mention.Text, self),
            ConversationKey = mention.ConversationKey,
            Platform = "slack",
            UserId = mention.User,
        };

        SlackMessage message;
        try
        {
            var answer = await router.RouteAsync(question, cancellationToken).ConfigureAwait(false);
            message = BlockKitRenderer.Render(answer, mention.EventId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Slack event {EventId}: answering failed", mention.EventId);
            message = BlockKitRenderer.Notice(SlackReplies.Failure);
        }

        await api.PostMessageAsync(mention.Channel, mention.ReplyThreadTs, message, cancellationToken).ConfigureAwait(false);
    }
}
