using System.Text.Json.Nodes;
using Bot.Adapters.Common.Answers;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Common.Work;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Outbound;
using Bot.Adapters.Slack.Rendering;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Core.Answers.Templates;
using Bot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Answers /jk. Slack shows "operation_timeout" if nothing comes back within 3 s, so the answer goes in the
/// acknowledgement itself when it is ready within <see cref="SlackOptions.InlineAnswerBudget"/> (every fixed intent
/// is); otherwise the acknowledgement says "working…" and the answer follows on response_url, replacing it.
/// Every reply is ephemeral; answers carry a "Share in channel" button.
/// </summary>
public sealed class SlashCommandHandler(
    IntentRouter router,
    SlackApiClient api,
    [FromKeyedServices(Platforms.Slack)] WorkQueue queue,
    RecentAnswers memory,
    IDeliveryDeduplicator deliveries,
    IEnumerable<ISlackSubcommand> extensions,
    ChannelSettingsAdmin channels,
    SlackUserLocales locales,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlashCommandHandler> logger)
{
    private readonly Dictionary<string, ISlackSubcommand> _extensions =
        extensions.ToDictionary(e => e.Name.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>The acknowledgement body: an ephemeral message, or null for an empty 200 (a duplicate delivery).</summary>
    public async Task<JsonObject?> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.Equals(command.Command, settings.Command, StringComparison.OrdinalIgnoreCase))
        {
            return Ephemeral(BlockKitRenderer.Notice(SlackReplies.UnknownCommand(settings.Command)));
        }

        // trigger_id is unique per invocation; over Socket Mode a late ack makes Slack deliver the same one again.
        if (command.TriggerId is { } trigger && !deliveries.TryClaim("slack:command:" + trigger, settings.DedupeTtl))
        {
            logger.LogDebug("Slack command {TriggerId} already handled; duplicate delivery ignored", trigger);
            return null;
        }

        var request = SlashCommandText.Parse(command.Text, _extensions.Keys);
        switch (request.Kind)
        {
            case SlashRequestKind.Help:
                return Ephemeral(BlockKitRenderer.Notice(HintWords(command).SlackHelp(settings.Command)));
            case SlashRequestKind.Hint:
                return Ephemeral(BlockKitRenderer.Notice(HintWords(command).SlackHint(settings.Command, request.Subcommand)));
            case SlashRequestKind.Extension:
                // Most subcommands answer at once (digest settings); a slow one (a knowledge reload) is deferred like an answer.
                var running = RenderExtensionAsync(command, request);
                return running.IsCompleted
                    ? Ephemeral(await running.ConfigureAwait(false))
                    : await ReplyAsync(command, running, inChannel: false, AnswerTemplates.For(Context(command, request).Words.Lang), cancellationToken).ConfigureAwait(false);
        }

        // The channel's settings: where the bot answers, whether answers are shown to everyone, a default language.
        var here = channels.For(Platforms.Slack, command.ChannelId.StartsWith('D') ? null : command.TeamId, command.ChannelId);
        if (!here.AnswersHere)
        {
            return Ephemeral(BlockKitRenderer.Notice(AskerLanguage.Templates(request.Text, here.Language).NotInThisChannel));
        }

        var question = new Question
        {
            Text = request.Text,
            ConversationKey = $"slack:{command.TeamId}:{command.ChannelId}:{command.UserId}",
            Platform = Platforms.Slack,
            UserId = command.UserId,
            ChannelId = command.ChannelId,
            AnswerLanguage = here.Language,
        };

        // Run off the request thread so the budget below also bounds an answer that computes synchronously.
        var inChannel = here.Visibility == AnswerVisibility.Public;
        var words = AskerLanguage.Templates(request.Text, here.Language);
        var answering = Task.Run(() => ComposeAsync(question, command.TeamId, share: !inChannel, words), CancellationToken.None);
        return await ReplyAsync(command, answering, inChannel, words, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The reply inside the acknowledgement when it is ready within <see cref="SlackOptions.InlineAnswerBudget"/>; otherwise
    /// "working…", and the reply follows on response_url, replacing it.
    /// </summary>
    /// <param name="inChannel">An admin made answers in this channel public (/jk config visibility public): everyone sees it.</param>
    /// <param name="words">"Working on it…" and "busy" in the asker's language.</param>
    private async Task<JsonObject> ReplyAsync(SlashCommand command, Task<SlackMessage> answering, bool inChannel, AnswerTemplates words, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.InlineAnswerBudget > TimeSpan.Zero || !SlackApiClient.IsResponseUrl(command.ResponseUrl))
        {
            var budget = SlackApiClient.IsResponseUrl(command.ResponseUrl) ? settings.InlineAnswerBudget : Timeout.InfiniteTimeSpan;
            if (await AnswerBudget.CompletesWithinAsync(answering, budget, time, cancellationToken).ConfigureAwait(false))
            {
                return Reply(await answering.ConfigureAwait(false), inChannel);
            }
        }

        var responseUrl = command.ResponseUrl!;
        var queued = queue.TryEnqueue($"slash command for {command.UserId}", async ct =>
        {
            var reply = Reply(await answering.ConfigureAwait(false), inChannel);
            // A public answer cannot replace the private "working…": it is posted beside it.
            reply["replace_original"] = !inChannel;
            await api.RespondAsync(responseUrl, reply, ct).ConfigureAwait(false);
        });
        return Ephemeral(BlockKitRenderer.Notice(queued ? words.Working : words.Busy));
    }

    /// <summary>
    /// Help and hints have no question to read: the channel's default language, else the asker's Slack locale if already known
    /// (help answers at once, so Slack is not asked here), else English.
    /// </summary>
    private AnswerTemplates HintWords(SlashCommand command) => AskerLanguage.Templates(
        null,
        channels.For(Platforms.Slack, command.ChannelId.StartsWith('D') ? null : command.TeamId, command.ChannelId).Language,
        locales.Known(command.TeamId, command.UserId));

    private async Task<SlackMessage> RenderExtensionAsync(SlashCommand command, SlashRequest request) =>
        BlockKitRenderer.Notice(await RunExtensionAsync(command, request, CancellationToken.None).ConfigureAwait(false));

    private async Task<SlackMessage> ComposeAsync(Question question, string team, bool share, AnswerTemplates words)
    {
        var answerId = Guid.NewGuid().ToString("N");
        try
        {
            // The asker's locale is looked up here, inside the answer's time budget, not before the acknowledgement.
            var locale = await locales.ForAsync(team, question.UserId, CancellationToken.None).ConfigureAwait(false);
            var answer = await router.RouteAsync(question with { Locale = locale, AnswerId = answerId }).ConfigureAwait(false);
            // No chart here (unlike mentions): the reply is ephemeral, and a channel file would expose the asker's private question.
            memory.Remember(answerId, answer);
            return BlockKitRenderer.Render(answer, answerId, share ? new ShareToken(answerId, question.Text) : null);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Slack command: answering failed");
            return BlockKitRenderer.Notice(words.Failure);
        }
    }

    private async Task<string> RunExtensionAsync(SlashCommand command, SlashRequest request, CancellationToken cancellationToken)
    {
        var context = Context(command, request);
        if (!_extensions.TryGetValue(request.Subcommand, out var extension))
        {
            return context.Words.DigestNotEnabledSlack;
        }

        try
        {
            return await extension.HandleAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Slack subcommand {Subcommand} failed", request.Subcommand);
            return AnswerTemplates.For(context.Words.Lang).Failure;
        }
    }

    private SlackSubcommandContext Context(SlashCommand command, SlashRequest request) => new(
        command.TeamId, command.ChannelId, command.UserId, request.Text,
        options.Value.AdminUserIds.Contains(command.UserId, StringComparer.Ordinal),
        channels.For(Platforms.Slack, command.ChannelId.StartsWith('D') ? null : command.TeamId, command.ChannelId).Language);

    private static JsonObject Reply(SlackMessage message, bool inChannel)
    {
        var payload = Ephemeral(message);
        if (inChannel)
        {
            payload["response_type"] = "in_channel";
        }

        return payload;
    }

    internal static JsonObject Ephemeral(SlackMessage message)
    {
        var payload = message.ToPayload();
        payload["response_type"] = "ephemeral";
        return payload;
    }
}
