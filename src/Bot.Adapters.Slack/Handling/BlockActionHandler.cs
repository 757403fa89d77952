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
    RecentAnswers memory,
    IntentRouter router,
    SlackApiClient api,
    IDeliveryDeduplicator deliveries,
    IOptions<SlackOptions> options,
    ILogger<BlockActionHandler> logger)
{
    /// <summary>Queues the work for the click and returns at once (Slack wants the 200 within 3 s).</summary>
    public void Accept(JsonElement payload)
    {
        switch (BlockAction.Parse(payload))
        {
            case null:
                logger.LogDebug("Slack interactivity payload ignored: not a block_actions click");
                break;
            case { ActionId: ActionIds.Helpful or ActionIds.NotHelpful, Value.Length: > 0 } action:
                queue.TryEnqueue($"feedback from {action.UserId}", ct => VoteAsync(action, ct));
                break;
            case { ActionId: ActionIds.Share } action when ShareToken.Decode(action.Value) is { } token:
                queue.TryEnqueue($"share by {action.UserId}", ct => ShareAsync(action, token, ct));
                break;
            case var action:
                logger.LogDebug("Slack action {ActionId} ignored", action.ActionId);
                break;
        }
    }

    /// <summary>A button's reply is in the language of the answer it sits under (English once that answer is forgotten).</summary>
    private AnswerTemplates WordsFor(string answerId) => AnswerTemplates.For(memory.TryGet(answerId, out var shown) ? shown.Lang : Lang.En);

    private async Task VoteAsync(BlockAction action, CancellationToken cancellationToken)
    {
        if (votes.Record(Platforms.Slack, action.Value, action.UserId, action.ActionId == ActionIds.Helpful) == VoteOutcome.Recorded)
        {
            await ReplyPrivatelyAsync(action, WordsFor(action.Value).FeedbackThanks, cancellationToken).ConfigureAwait(false);
        }
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

    private Task ReplyPrivatelyAsync(BlockAction action, string text, CancellationToken cancellationToken)
    {
        if (action.ResponseUrl is not { } url || !SlackApiClient.IsResponseUrl(url))
        {
            return Task.CompletedTask;
        }

        var payload = BlockKitRenderer.Notice(text).ToPayload();
        payload["response_type"] = "ephemeral";
        payload["replace_original"] = false;
        return api.RespondAsync(url, payload, cancellationToken);
    }
}
