using System.Text.Json;
using Bot.Adapters.Common.Work;
using Bot.Adapters.Slack.Inbound;
using Bot.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Handling;

/// <summary>Takes an event_callback (from HTTP or Socket Mode) and queues the answer; returns at once so Slack gets its ack.</summary>
public sealed class SlackEventHandler([FromKeyedServices(Platforms.Slack)] WorkQueue queue, MentionAnswerer answerer, ILogger<SlackEventHandler> logger)
{
    /// <summary>
    /// False only when a mention could not be queued (overload): the caller then withholds the ack so that Slack
    /// delivers it again later. Nothing is claimed before the worker runs, so that redelivery is answered normally.
    /// </summary>
    public bool Accept(JsonElement callback, string? retryNum = null)
    {
        if (MentionEvent.TryParse(callback, out var ignoredBecause) is not { } mention)
        {
            logger.LogDebug("Slack event ignored: {Reason}", ignoredBecause);
            return true;
        }

        if (retryNum is not null)
        {
            logger.LogDebug("Slack event {EventId} retry {RetryNum}", mention.EventId, retryNum);
        }

        return queue.TryEnqueue($"mention {mention.EventId}", ct => answerer.AnswerAsync(mention, ct));
    }
}
