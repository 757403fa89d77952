using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Handling;

/// <summary>Takes an event_callback (from HTTP or Socket Mode) and queues the answer; returns at once so Slack gets its ack.</summary>
public sealed class SlackEventHandler(SlackWorkQueue queue, MentionAnswerer answerer, ILogger<SlackEventHandler> logger)
{
    public void Accept(JsonElement callback, string? retryNum = null)
    {
        if (MentionEvent.TryParse(callback, out var ignoredBecause) is not { } mention)
        {
            logger.LogDebug("Slack event ignored: {Reason}", ignoredBecause);
            return;
        }

        if (retryNum is not null)
        {
            logger.LogDebug("Slack event {EventId} retry {RetryNum}", mention.EventId, retryNum);
        }

        queue.TryEnqueue($"mention {mention.EventId}", ct => answerer.AnswerAsync(mention, ct));
    }
}
