using Bot.Core.Answers.Templates;
using Bot.Core.Feedback;

namespace Bot.Adapters.Discord.Rendering;

/// <summary>
/// "Why?" after a 👎: an ephemeral message with a string select of the reasons, and for "other" a modal with one paragraph input
/// (inside a Label, as modals take inputs now). Every text is neutralised, as in every other message.
/// </summary>
public static class ReasonRenderer
{
    /// <summary>Discord's limits for a modal title and a label.</summary>
    public const int TitleLimit = 45;

    public static SelectMessage Prompt(string answerId, AnswerTemplates t, string lead) => new()
    {
        Content = DiscordText.Fit(DiscordText.Neutralise(lead + "\n" + t.ReasonQuestion), DiscordLimits.Content),
        Components =
        [
            new SelectRow(
            [
                new StringSelect
                {
                    CustomId = ComponentIds.Why(answerId, t.Lang),
                    Placeholder = t.ReasonPlaceholder,
                    Options = [.. FeedbackReasons.All.Select(r => new SelectOption(t.ReasonLabel(r), r))],
                },
            ]),
        ],
        Flags = MessagePayload.Ephemeral,
    };

    public static ModalData OtherModal(string answerId, AnswerTemplates t) => new(
        ComponentIds.WhyText(answerId, t.Lang),
        DiscordText.Fit(t.ReasonTextTitle, TitleLimit),
        [
            new ModalLabel(DiscordText.Fit(t.ReasonTextLabel, TitleLimit), new TextInput
            {
                CustomId = ComponentIds.WhyTextInput,
                MinLength = 1,
                MaxLength = FeedbackReasons.MaxTextLength,
            }),
        ]);

    /// <summary>The prompt replaced by a plain text (UPDATE_MESSAGE): the select goes, so it cannot be answered twice.</summary>
    public static MessagePayload Replacement(string text) => EmbedRenderer.Notice(text, ephemeral: false) with { Components = [] };
}
