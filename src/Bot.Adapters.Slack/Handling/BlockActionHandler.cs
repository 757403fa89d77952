using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Common.Answers;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Common.Work;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Outbound;
using Bot.Adapters.Slack.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Feedback;
using Bot.Core.Knowledge;
using Bot.Core.Answers.Templates;
using Bot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Button clicks: 👍/👎 are stored (one vote per user per answer, the last one wins) and thanked privately;
/// "Share in channel" posts the answer for everyone, once per answer.
/// </summary>
public sealed class BlockActionHandler(
    [FromKeyedServices(Platforms.Slack)] WorkQueue queue,
    FeedbackVotes votes,
    ReasonPrompts reasons,
    RecentAnswers memory,
    IntentRouter router,
    SlackApiClient api,
    IDeliveryDeduplicator deliveries,
    IOptions<SlackOptions> options,
    ILogger<BlockActionHandler> logger)
{
    /// <summary>
    /// Queues the work for the click and returns at once (Slack wants the 200 within 3 s). A view_submission of the "why?" modal is
    /// answered in the response itself (the returned <c>response_action</c>); everything else returns null (an empty 200).
    /// </summary>
    public JsonObject? Accept(JsonElement payload)
    {
        if (ReasonSubmission.Parse(payload) is { } submission)
        {
            return SubmitReason(submission);
        }

        switch (BlockAction.Parse(payload))
        {
            case null:
                logger.LogDebug("Slack interactivity payload ignored: not a block_actions click");
                break;
            case { ActionId: ActionIds.Helpful or ActionIds.NotHelpful, Value.Length: > 0 } action:
                queue.TryEnqueue($"feedback from {action.UserId}", ct => VoteAsync(action, ct));
                break;
            case { ActionId: ActionIds.Reason } action:
                queue.TryEnqueue($"feedback reason from {action.UserId}", ct => ReasonAsync(action, ct));
                break;
            case { ActionId: ActionIds.Share } action when ShareToken.Decode(action.Value) is { } token:
                queue.TryEnqueue($"share by {action.UserId}", ct => ShareAsync(action, token, ct));
                break;
            case var action:
                logger.LogDebug("Slack action {ActionId} ignored", action.ActionId);
                break;
        }

        return null;
    }

    /// <summary>A button's reply is in the language of the answer it sits under (English once that answer is forgotten).</summary>
    private AnswerTemplates WordsFor(string answerId) => AnswerTemplates.For(memory.TryGet(answerId, out var shown) ? shown.Lang : Lang.En);

    private async Task VoteAsync(BlockAction action, CancellationToken cancellationToken)
    {
        var helpful = action.ActionId == ActionIds.Helpful;
        if (votes.Record(Platforms.Slack, action.Value, action.UserId, helpful) != VoteOutcome.Recorded)
        {
            return;
        }

        var t = WordsFor(action.Value);
        if (!helpful && reasons.ShouldAsk(Platforms.Slack, action.Value, action.UserId))
        {
            // Once per user per answer: why? (privately, in the answer's language).
            await ReplyPrivatelyAsync(action, ReasonBlocks.Prompt(action.Value, t, t.FeedbackThanks), replaceOriginal: false, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ReplyPrivatelyAsync(action, t.FeedbackThanks, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A reason picked in the "why?" select: stored with the 👎 and the prompt replaced by thanks. "Other" is stored at once (a closed
    /// modal still counts) and opens the modal for the text. A vote that is gone is said plainly.
    /// </summary>
    private async Task ReasonAsync(BlockAction action, CancellationToken cancellationToken)
    {
        if (!ReasonBlocks.TryParseBlock(action.BlockId, out var answerId, out var lang))
        {
            await ReplyPrivatelyAsync(action, BlockKitRenderer.Notice(AnswerTemplates.For(Lang.En).ReasonVoteGone), replaceOriginal: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var t = AnswerTemplates.For(lang);
        var outcome = reasons.Record(Platforms.Slack, answerId, action.UserId, action.Selected, null);
        if (outcome != ReasonOutcome.Recorded)
        {
            logger.LogInformation("Feedback reason for answer {Answer} not stored: {Outcome}", answerId, outcome);
            await ReplyPrivatelyAsync(action, BlockKitRenderer.Notice(t.ReasonVoteGone), replaceOriginal: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (action.Selected == FeedbackReasons.Other && action.TriggerId is { } trigger)
        {
            var view = ReasonBlocks.OtherModal(new ReasonContext(answerId, lang, action.ResponseUrl), t);
            if ((await api.OpenViewAsync(trigger, view, cancellationToken).ConfigureAwait(false)).Ok)
            {
                return;
            }
        }

        await ReplyPrivatelyAsync(action, BlockKitRenderer.Notice(t.ReasonThanks(t.ReasonLabel(action.Selected!))), replaceOriginal: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The "other" modal submitted: its text (cleaned, at most 300 characters) stored with the 👎; the modal shows the outcome at
    /// once, and the prompt under the answer is replaced by the thanks (in the background: response_url).
    /// </summary>
    private JsonObject SubmitReason(ReasonSubmission submission)
    {
        if (submission.Context is not { } context)
        {
            return ReasonBlocks.Result(AnswerTemplates.For(Lang.En), AnswerTemplates.For(Lang.En).ReasonVoteGone);
        }

        var t = AnswerTemplates.For(context.Lang);
        var text = FeedbackReasons.CleanText(submission.Text);
        var outcome = reasons.Record(Platforms.Slack, context.AnswerId, submission.UserId, FeedbackReasons.Other, text);
        if (outcome != ReasonOutcome.Recorded)
        {
            logger.LogInformation("Feedback text for answer {Answer} not stored: {Outcome}", context.AnswerId, outcome);
            return ReasonBlocks.Result(t, t.ReasonVoteGone);
        }

        var thanks = t.ReasonThanks(text is null ? t.ReasonLabel(FeedbackReasons.Other) : $"“{text}”");
        if (context.ResponseUrl is { } url && SlackApiClient.IsResponseUrl(url))
        {
            var payload = BlockKitRenderer.Notice(thanks).ToPayload();
            payload["response_type"] = "ephemeral";
            payload["replace_original"] = true;
            queue.TryEnqueue($"feedback text from {submission.UserId}", ct => api.RespondAsync(url, payload, ct));
        }

        return ReasonBlocks.Result(t, thanks);
    }

    private async Task ShareAsync(BlockAction action, ShareToken token, CancellationToken cancellationToken)
    {
        if (!deliveries.TryClaim("slack:share:" + token.AnswerId, options.Value.DedupeTtl))
        {
            await ReplyPrivatelyAsync(action, WordsFor(token.AnswerId).AlreadyShared, cancellationToken).ConfigureAwait(false);
            return;
        }

        var answer = memory.TryGet(token.AnswerId, out var remembered) ? remembered : await AskAgainAsync(action, token, cancellationToken).ConfigureAwait(false);
        if (answer is null)
        {
            await ReplyPrivatelyAsync(action, AskerLanguage.Templates(token.Question).ShareExpired, cancellationToken).ConfigureAwait(false);
            return;
        }

        var message = BlockKitRenderer.Render(answer, token.AnswerId);
        if (action.ResponseUrl is { } url && SlackApiClient.IsResponseUrl(url))
        {
            var payload = message.ToPayload();
            payload["response_type"] = "in_channel";
            payload["replace_original"] = false;
            await api.RespondAsync(url, payload, cancellationToken).ConfigureAwait(false);
        }
        else if (action.ChannelId is { } channel)
        {
            await api.PostMessageAsync(channel, null, message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>After a restart the answer is gone from memory; the same question gives the same answer from the same data.</summary>
    private async Task<Answer?> AskAgainAsync(BlockAction action, ShareToken token, CancellationToken cancellationToken)
    {
        if (token.Truncated || string.IsNullOrWhiteSpace(token.Question))
        {
            return null;
        }

        var answer = await router.RouteAsync(new Question
        {
            Text = token.Question,
            // A fresh conversation: a follow-up ("and 2012?") without its thread cannot be rebuilt, and must not guess.
            ConversationKey = $"slack:{action.TeamId}:{action.ChannelId}:share:{token.AnswerId}",
            Platform = Platforms.Slack,
            UserId = action.UserId,
        }, cancellationToken).ConfigureAwait(false);
        return answer.Outcome == Outcome.Answer ? answer : null;
    }

    private Task ReplyPrivatelyAsync(BlockAction action, string text, CancellationToken cancellationToken) =>
        ReplyPrivatelyAsync(action, BlockKitRenderer.Notice(text), replaceOriginal: false, cancellationToken);

    /// <summary>An ephemeral reply through the click's response_url; <paramref name="replaceOriginal"/> replaces the (ephemeral) message clicked in.</summary>
    private Task ReplyPrivatelyAsync(BlockAction action, SlackMessage message, bool replaceOriginal, CancellationToken cancellationToken)
    {
        if (action.ResponseUrl is not { } url || !SlackApiClient.IsResponseUrl(url))
        {
            return Task.CompletedTask;
        }

        var payload = message.ToPayload();
        payload["response_type"] = "ephemeral";
        payload["replace_original"] = replaceOriginal;
        return api.RespondAsync(url, payload, cancellationToken);
    }
}
