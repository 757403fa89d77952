using System.Globalization;
using Bot.Adapters.Common.Replies;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Core;
using Bot.Core.Admin.Texts;
using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// Turns a slash command into Core's <see cref="Question"/> with a <see cref="StructuredCommand"/>, checking every option against
/// <see cref="CommandDefinitions"/>: an unknown command, a missing required option or a value of the wrong type becomes a short
/// explanation for the user instead of a guess.
/// </summary>
public static class CommandMapper
{
    public const string Platform = Platforms.Discord;

    private const string QuestionOption = "question";

    /// <param name="channelLanguage">The channel's default language (<c>/config language</c>): a problem is told in the asker's language,
    /// read from what they typed, else this, else their Discord locale (<see cref="AskerLanguage"/>), as answers are.</param>
    public static CommandRequest Map(Interaction interaction, string? channelLanguage = null)
    {
        var words = AdminTexts.For(AskerLanguage.Of(
            string.Join(' ', interaction.Options.Where(o => o.IsString).Select(o => o.Value)), channelLanguage, interaction.AnswerLocale));
        if (CommandDefinitions.Find(interaction.CommandName) is not { } definition)
        {
            return CommandRequest.Invalid(words.UnknownCommand(interaction.CommandName ?? ""));
        }

        if (definition.Type == CommandDefinition.MessageCommand)
        {
            return AboutMessage(interaction, AdminTexts.For(AskerLanguage.Of(null, channelLanguage, interaction.AnswerLocale)));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var isPrivate = false;
        foreach (var option in interaction.Options)
        {
            if (definition.Option(option.Name) is not { } expected)
            {
                return CommandRequest.Invalid(words.NoSuchOption(definition.Name, option.Name));
            }

            if (Check(expected, option, words) is { } problem)
            {
                return CommandRequest.Invalid(problem);
            }

            if (expected.Type == OptionType.Boolean)
            {
                isPrivate |= option.Name == "private" && option.Value == "true";
            }
            else if (!string.IsNullOrWhiteSpace(option.Value))
            {
                values[option.Name] = option.Value.Trim();
            }
        }

        if (definition.Options.FirstOrDefault(o => o.Required && !values.ContainsKey(o.Name)) is { } missing)
        {
            var description = missing.DescriptionLocalizations.GetValueOrDefault(words.Lang.Code()) ?? missing.Description;
            return CommandRequest.Invalid(words.NeedsOption(definition.Name, missing.Name, description));
        }

        var user = interaction.UserId ?? "unknown";
        return new CommandRequest(new Question
        {
            // The router reads the structured options; the text is what gets logged and what /ask asks.
            Text = values.GetValueOrDefault(QuestionOption) ?? "",
            ConversationKey = $"{Platform}:{interaction.ChannelId ?? "dm"}:{user}",
            Platform = Platform,
            UserId = interaction.UserId,
            ChannelId = interaction.ChannelId,
            Locale = interaction.AnswerLocale,
            Command = new StructuredCommand(definition.Name, values),
        }, isPrivate, null);
    }

    /// <summary>"Ask the bot about this message": the selected message's text is the question, and the answer is private.</summary>
    private static CommandRequest AboutMessage(Interaction interaction, AdminTexts words)
    {
        if (string.IsNullOrWhiteSpace(interaction.TargetMessageText))
        {
            return CommandRequest.Invalid(words.MessageWithoutText);
        }

        return new CommandRequest(new Question
        {
            Text = interaction.TargetMessageText.Trim(),
            ConversationKey = $"{Platform}:{interaction.ChannelId ?? "dm"}:{interaction.UserId ?? "unknown"}",
            Platform = Platform,
            UserId = interaction.UserId,
            ChannelId = interaction.ChannelId,
            Locale = interaction.AnswerLocale,
        }, Private: true, null);
    }

    private static string? Check(OptionDefinition expected, InteractionOption option, AdminTexts words)
    {
        switch (expected.Type)
        {
            case OptionType.String when !option.IsString:
                return words.OptionTakesText(option.Name);
            // An overlong question goes on to the router, whose decline names the limit and the question's length.
            case OptionType.String when expected.MaxLength is { } max && option.Value!.Length > max && expected.Name != QuestionOption:
                return words.OptionTooLong(option.Name, max);
            case OptionType.Boolean when !option.IsBoolean:
                return words.OptionTrueFalse(option.Name);
            case OptionType.Integer:
                if (!option.IsNumber || !int.TryParse(option.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                {
                    return words.OptionWholeNumber(option.Name);
                }

                if (n < expected.MinValue || n > expected.MaxValue)
                {
                    return words.OptionRange(option.Name, expected.MinValue ?? int.MinValue, expected.MaxValue ?? int.MaxValue);
                }

                return null;
            default:
                return null;
        }
    }
}

/// <summary>A mapped command: a question to route, or (when <see cref="Problem"/> is set) what to tell the user instead.</summary>
public sealed record CommandRequest(Question? Question, bool Private, string? Problem)
{
    public static CommandRequest Invalid(string problem) => new(null, true, problem);
}
