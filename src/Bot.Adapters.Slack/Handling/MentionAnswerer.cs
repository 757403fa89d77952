using Bot.Adapters.Common.Charts;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Outbound;
using Bot.Adapters.Slack.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Answers one app_mention in its thread, once, after Slack has been acknowledged. When the answer has a chart and the
/// host registered a chart renderer, the PNG follows the answer into the same thread; a failed chart is
/// logged and never fails or repeats the answer.
/// </summary>
public sealed class MentionAnswerer(
    IntentRouter router,
    SlackApiClient api,
    SlackIdentity identity,
    IDeliveryDeduplicator deliveries,
    AnswerCharts charts,
    IOptions<SlackOptions> options,
    ILogger<MentionAnswerer> logger)
{
    public const string ChartFileName = "chart.png";

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
            Platform = Platforms.Slack,
            UserId = mention.User,
            ChannelId = mention.Channel,
        };

        SlackMessage message;
        Answer? answer = null;
        try
        {
            answer = await router.RouteAsync(question, cancellationToken).ConfigureAwait(false);
            message = BlockKitRenderer.Render(answer, mention.EventId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Slack event {EventId}: answering failed", mention.EventId);
            message = BlockKitRenderer.Notice(SlackReplies.Failure);
        }

        if (answer is { ForAskerOnly: true })
        {
            await api.PostEphemeralAsync(mention.Channel, mention.User, mention.ReplyThreadTs, message, cancellationToken).ConfigureAwait(false);
            return;
        }

        var posted = await api.PostMessageAsync(mention.Channel, mention.ReplyThreadTs, message, cancellationToken).ConfigureAwait(false);
        if (posted.Ok && answer is not null && charts.For(answer, ChartBackground.Light, $"Slack event {mention.EventId}") is { } png)
        {
            await UploadChartAsync(mention, answer, png, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UploadChartAsync(MentionEvent mention, Answer answer, byte[] png, CancellationToken ct)
    {
        try
        {
            await SlackFileUpload.UploadToThreadAsync(api, logger, "Answer chart", mention.Channel, mention.ReplyThreadTs, ChartFileName, answer.Title, png, ct)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Chart for Slack event {EventId} not attached; the answer stands", mention.EventId);
        }
    }
}
