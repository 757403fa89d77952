using System.Text.Json;
using Bot.Adapters.Common.Work;
using Bot.Adapters.Discord.Inbound;
using Bot.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// Takes a Gateway <c>MESSAGE_CREATE</c> and queues it for <see cref="MessageAnswerer"/>, off the receive loop; messages from bots,
/// webhooks and the bot itself, and system messages, are dropped here. Whether a message is for the bot is decided by the worker
/// (it needs storage: followed threads, channel settings).
/// </summary>
public sealed class MessageHandler(
    [FromKeyedServices(Platforms.Discord)] WorkQueue work,
    MessageAnswerer answerer,
    DiscordIdentity identity,
    ILogger<MessageHandler> logger)
{
    public void Accept(JsonElement data)
    {
        if (DiscordMessage.TryParse(data, out var ignoredBecause) is not { } message)
        {
            logger.LogDebug("Discord message ignored: {Reason}", ignoredBecause);
            return;
        }

        // Bots and webhooks never get answers: two bots could otherwise talk to each other forever.
        if (message.AuthorIsBot || message.FromWebhook || message.AuthorId == identity.BotUserId || !message.IsConversation)
        {
            return;
        }

        work.TryEnqueue($"message {message.Id}", ct => answerer.AnswerAsync(message, ct));
    }
}
