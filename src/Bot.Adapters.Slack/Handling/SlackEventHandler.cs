using System.Text.Json;
using Bot.Adapters.Common.Work;
using Bot.Adapters.Slack.Inbound;
using Bot.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Takes an event_callback (from HTTP or Socket Mode) and queues the answer; returns at once so Slack gets its ack. Only a person's
/// mention, DM or thread reply is queued: the worker decides whether a thread reply is for the bot (that needs storage, which the
/// ack must not wait for).
/// </summary>
public sealed class SlackEventHandler([FromKeyedServices(Platforms.Slack)] WorkQueue queue, MessageAnswerer answerer, ILogger<SlackEventHandler> logger)
{
    /// <summary>
    /// False only when a message could not be queued (overload): the caller then withholds the ack so that Slack
    /// delivers it again later. Nothing is claimed before the worker runs, so that redelivery is answered normally.
    /// </summary>
    public bool Accept(JsonElement callback, string? retryNum = null)
    {
        if (SlackMessageEvent.TryParse(callback, out var ignoredBecause) is not { } message)
        {
            logger.LogDebug("Slack event ignored: {Reason}", ignoredBecause);
            return true;
        }

        if (message.Kind == SlackMessageKind.Message && !message.IsDirect && !message.IsThreadReply)
        {
            logger.LogDebug("Slack message {EventId} ignored: not a DM, a mention or a thread reply", message.EventId);
            return true;
        }

        if (retryNum is not null)
        {
            logger.LogDebug("Slack event {EventId} retry {RetryNum}", message.EventId, retryNum);
        }

        return queue.TryEnqueue($"{(message.Kind == SlackMessageKind.Mention ? "mention" : "message")} {message.EventId}", ct => answerer.AnswerAsync(message, ct));
    }
}
