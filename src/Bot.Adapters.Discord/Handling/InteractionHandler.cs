using Bot.Adapters.Common.Answers;
using Bot.Adapters.Common.Charts;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Common.Work;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Adapters.Discord.Rendering;
using Bot.Core;
using Bot.Core.Admin;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Feedback;
using Bot.Core.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// Answers one verified interaction, the same whether it came over HTTP or the Gateway: slash commands go to the router,
/// buttons record feedback or show sources, autocomplete suggests metrics and topics. Never throws for a user's input:
/// problems become an ephemeral, friendly message.
/// </summary>
public sealed class InteractionHandler(
    IntentRouter router,
    AutocompleteProvider autocomplete,
    FeedbackVotes votes,
    ReasonPrompts reasons,
    RecentAnswers memory,
    AnswerCharts charts,
    DiscordRestClient rest,
    [FromKeyedServices(Platforms.Discord)] WorkQueue work,
    DigestCommand digest,
    KnowledgeCommand knowledge,
    ConfigCommand config,
    ThreadStarter threads,
    ChannelSettingsAdmin settings,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<InteractionHandler> logger)
{
    /// <summary>The English "something went wrong"; a reader of Korean or Japanese gets theirs (<see cref="AskerLanguage"/>).</summary>
    public static string SorryText => EnglishTemplates.Text.Failure;

    public async Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        try
        {
            return interaction.Type switch
            {
                InteractionType.Ping => InteractionReply.Of(new InteractionResponse(CallbackType.Pong)),
                InteractionType.ApplicationCommand => await CommandAsync(interaction, cancellationToken).ConfigureAwait(false),
                InteractionType.MessageComponent => Component(interaction),
                InteractionType.Autocomplete => Autocomplete(interaction),
                InteractionType.ModalSubmit when ComponentIds.IsWhyText(interaction.CustomId) => ReasonText(interaction),
                _ => InteractionReply.Reject($"interaction type {interaction.Type} is not handled"),
            };
        }
        catch (Exception ex) when (interaction.Type != InteractionType.Autocomplete)
        {
            logger.LogError(ex, "Interaction {Id} (type {Type}, /{Command}) failed", interaction.Id, interaction.Type, interaction.CommandName);
            return Message(EmbedRenderer.Notice(AskerLanguage.Templates(null, interaction.AnswerLocale).Failure));
        }
    }

    /// <summary>
    /// Routes the question with a short budget: a fixed intent answers in microseconds and goes in the initial response (type 4);
    /// anything still running when <see cref="DiscordOptions.DeferAfter"/> passes is deferred (type 5) and edited in later,
    /// so Discord's 3-second deadline is never missed.
    /// </summary>
    private async Task<InteractionReply> CommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.CommandName == CommandDefinitions.Digest)
        {
            return Message(digest.Handle(interaction));
        }

        if (interaction.CommandName == CommandDefinitions.Knowledge)
        {
            return knowledge.Handle(interaction);
        }

        if (interaction.CommandName == CommandDefinitions.Config)
        {
            return Message(config.Handle(interaction));
        }

        // The channel's settings: where the bot answers, whether command answers are public or private, a default language.
        var here = settings.For(Platforms.Discord, interaction.GuildId, interaction.ChannelId ?? "");
        var request = CommandMapper.Map(interaction, here.Language);
        if (request.Question is not { } mapped)
        {
            return Message(EmbedRenderer.Notice(request.Problem!));
        }

        if (!here.AnswersHere)
        {
            return Message(EmbedRenderer.Notice(AskerLanguage.Templates(mapped.Text, here.Language, interaction.AnswerLocale).NotInThisChannel));
        }

        var question = mapped with { AnswerLanguage = here.Language, AnswerId = interaction.Id };
        var isPrivate = here.Visibility == AnswerVisibility.Private || request.Private;
        // Only where the bot can follow the thread: messages reach it over the Gateway alone.
        var threadable = interaction.GuildId is not null && !interaction.InThread && here.ThreadFollowUps
            && options.Value is { Mode: DiscordMode.Gateway, Messages: true };

        var o = options.Value;

        // The routing outlives this request when deferred: bounded by the follow-up timeout (the token dies at 15 minutes)
        // and by shutdown, not by the HTTP request.
        var routingCts = CancellationTokenSource.CreateLinkedTokenSource(work.Stopping);
        routingCts.CancelAfter(o.FollowUpTimeout);
        var routing = router.RouteAsync(question, routingCts.Token);
        if (await AnswerBudget.CompletesWithinAsync(routing, o.DeferAfter, time, cancellationToken).ConfigureAwait(false))
        {
            var answer = await routing.ConfigureAwait(false);
            if (answer.Chart is null || !charts.IsEnabled)
            {
                routingCts.Dispose();
                return Message(Render(answer, interaction.Id, isPrivate || answer.ForAskerOnly, threadable));
            }

            // A chart travels as a file, which only the callback/webhook endpoints take (multipart): defer, then edit it in.
            logger.LogInformation("Interaction {Id} deferred: its answer carries a chart", interaction.Id);
        }
        else
        {
            logger.LogInformation("Interaction {Id} deferred: the answer takes longer than {Budget}", interaction.Id, o.DeferAfter);
        }

        var deferred = new InteractionResponse(CallbackType.DeferredChannelMessage, new MessagePayload { Flags = isPrivate ? MessagePayload.Ephemeral : null });
        return InteractionReply.Of(deferred, async stopping =>
        {
            using (routingCts)
            {
                MessagePayload edit;
                IReadOnlyList<DiscordFile> files = [];
                try
                {
                    // The edit cannot change visibility: the deferral already fixed it, so no flags here.
                    var answer = await routing.WaitAsync(stopping).ConfigureAwait(false);
                    edit = Render(answer, interaction.Id, ephemeral: false, threadable: threadable && !isPrivate);
                    if (charts.For(answer, ChartBackground.Dark, $"interaction {interaction.Id}") is { } png)
                    {
                        files = [new DiscordFile(ChartFileName, "image/png", png)];
                        edit = edit with
                        {
                            Embeds = [.. edit.Embeds!.Select((e, i) => i == 0 ? e with { Image = new EmbedImage("attachment://" + ChartFileName) } : e)],
                            Attachments = [new MessageAttachment(0, ChartFileName)],
                        };
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    logger.LogError(ex, "Deferred answer for interaction {Id} failed", interaction.Id);
                    edit = EmbedRenderer.Notice(AskerLanguage.Templates(null, interaction.AnswerLocale).Failure, ephemeral: false);
                }

                try
                {
                    await rest.EditOriginalResponseAsync(interaction.Token, edit, files, stopping).ConfigureAwait(false);
                }
                catch (DiscordApiException ex) when (files.Count > 0 && ex.Status is >= 400 and < 500 and not (401 or 403 or 404 or 429))
                {
                    // Discord refused the upload (size, format): the answer still goes out, without its chart.
                    logger.LogWarning(ex, "Chart upload for interaction {Id} refused; answering without it", interaction.Id);
                    await rest.EditOriginalResponseAsync(interaction.Token, edit with { Attachments = null, Embeds = [.. edit.Embeds!.Select(e => e with { Image = null })] }, stopping).ConfigureAwait(false);
                }
            }
        });
    }

    public const string ChartFileName = "chart.png";

    private MessagePayload Render(Answer answer, string answerId, bool ephemeral, bool threadable)
    {
        memory.Remember(answerId, answer);
        return EmbedRenderer.Render(answer, answerId, ephemeral, threadable && answer.Outcome == Outcome.Answer);
    }

    private InteractionReply Component(Interaction interaction)
    {
        var t = ButtonWords(interaction);
        if (ComponentIds.TryParseVote(interaction.CustomId, out var answerId, out var helpful))
        {
            if (votes.Record(Platforms.Discord, answerId, interaction.UserId, helpful) != VoteOutcome.Recorded)
            {
                return Message(EmbedRenderer.Notice(t.VoteNotCounted));
            }

            // After a 👎, once per user per answer: why? (privately, in the answer's language).
            if (!helpful && reasons.ShouldAsk(Platforms.Discord, answerId, interaction.UserId!))
            {
                return InteractionReply.Of(new InteractionResponse(CallbackType.ChannelMessage, ReasonRenderer.Prompt(answerId, t, t.VoteThanks.NotHelpful)));
            }

            return Message(EmbedRenderer.Notice(helpful ? t.VoteThanks.Helpful : t.VoteThanks.NotHelpful));
        }

        if (ComponentIds.IsWhy(interaction.CustomId))
        {
            return ReasonChosen(interaction);
        }

        if (ComponentIds.TryParseThread(interaction.CustomId, out answerId))
        {
            return threads.Handle(interaction, answerId);
        }

        if (ComponentIds.TryParseSources(interaction.CustomId, out answerId))
        {
            return Message(memory.TryGet(answerId, out var remembered)
                ? EmbedRenderer.RenderSources(remembered.Sources, remembered.Lang)
                : EmbedRenderer.Notice(t.SourcesExpired));
        }

        return Message(EmbedRenderer.Notice(t.ButtonExpired));
    }

    /// <summary>
    /// A reason picked in the "why?" select: stored with the 👎, and the prompt replaced by thanks. "Other" is stored at once (so a
    /// dismissed modal still counts) and opens the modal for the text. A vote that is gone is said plainly, never an error.
    /// </summary>
    private InteractionReply ReasonChosen(Interaction interaction)
    {
        if (!ComponentIds.TryParseWhy(interaction.CustomId, out var answerId, out var lang))
        {
            return Update(ReasonRenderer.Replacement(AskerLanguage.Templates(null, interaction.AnswerLocale).ReasonVoteGone));
        }

        var t = AnswerTemplates.For(lang);
        var reason = interaction.Values.Count == 1 ? interaction.Values[0] : null;
        var outcome = reasons.Record(Platforms.Discord, answerId, interaction.UserId, reason, null);
        if (outcome != ReasonOutcome.Recorded)
        {
            logger.LogInformation("Feedback reason for answer {Answer} not stored: {Outcome}", answerId, outcome);
            return Update(ReasonRenderer.Replacement(t.ReasonVoteGone));
        }

        return reason == FeedbackReasons.Other
            ? InteractionReply.Of(new InteractionResponse(CallbackType.Modal, ReasonRenderer.OtherModal(answerId, t)))
            : Update(ReasonRenderer.Replacement(t.ReasonThanks(t.ReasonLabel(reason!))));
    }

    /// <summary>The "other" modal submitted: its text (cleaned, at most 300 characters) stored with the 👎 and echoed back, neutralised.</summary>
    private InteractionReply ReasonText(Interaction interaction)
    {
        if (!ComponentIds.TryParseWhyText(interaction.CustomId, out var answerId, out var lang))
        {
            return Message(EmbedRenderer.Notice(AskerLanguage.Templates(null, interaction.AnswerLocale).ReasonVoteGone));
        }

        var t = AnswerTemplates.For(lang);
        var text = FeedbackReasons.CleanText(interaction.Fields.TryGetValue(ComponentIds.WhyTextInput, out var typed) ? typed : null);
        var outcome = reasons.Record(Platforms.Discord, answerId, interaction.UserId, FeedbackReasons.Other, text);
        if (outcome != ReasonOutcome.Recorded)
        {
            logger.LogInformation("Feedback text for answer {Answer} not stored: {Outcome}", answerId, outcome);
        }

        var said = outcome != ReasonOutcome.Recorded ? t.ReasonVoteGone
            : t.ReasonThanks(text is null ? t.ReasonLabel(FeedbackReasons.Other) : $"“{text}”");

        // Submitted from the prompt's select: replace the prompt; otherwise (no message) a new ephemeral message.
        return interaction.MessageId is not null ? Update(ReasonRenderer.Replacement(said)) : Message(EmbedRenderer.Notice(said));
    }

    private static InteractionReply Update(MessagePayload message) =>
        InteractionReply.Of(new InteractionResponse(CallbackType.UpdateMessage, message));

    /// <summary>A button's reply is in the language of the answer it sits under, else in the clicker's.</summary>
    private AnswerTemplates ButtonWords(Interaction interaction) =>
        (ComponentIds.TryParseVote(interaction.CustomId, out var answerId, out _) || ComponentIds.TryParseSources(interaction.CustomId, out answerId))
        && memory.TryGet(answerId, out var shown)
            ? AnswerTemplates.For(shown.Lang)
            : AskerLanguage.Templates(null, interaction.AnswerLocale);

    private InteractionReply Autocomplete(Interaction interaction)
    {
        var focused = Focused(interaction.Options);
        IReadOnlyList<AutocompleteChoice> choices = [];
        try
        {
            choices = focused is null ? [] : autocomplete.Suggest(interaction.CommandName, focused.Name, focused.Value);
        }
        catch (Exception ex)
        {
            // An autocomplete result cannot carry a message; an empty list is the friendliest answer there is.
            logger.LogError(ex, "Autocomplete for /{Command} failed", interaction.CommandName);
        }

        return InteractionReply.Of(new InteractionResponse(CallbackType.AutocompleteResult, new AutocompleteData(choices)));
    }

    private static InteractionOption? Focused(IReadOnlyList<InteractionOption> options) =>
        options.FirstOrDefault(o => o.Focused) ?? options.Select(o => Focused(o.Options)).FirstOrDefault(o => o is not null);

    private static InteractionReply Message(MessagePayload message) =>
        InteractionReply.Of(new InteractionResponse(CallbackType.ChannelMessage, message));
}
