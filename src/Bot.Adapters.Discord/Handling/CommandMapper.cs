using System.Globalization;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Outbound.Commands;
using Bot.Core;
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

    public static CommandRequest Map(Interaction interaction)
    {
        if (CommandDefinitions.Find(interaction.CommandName) is not { } definition)
        {
            return CommandRequest.Invalid($"I don't know the command /{interaction.CommandName}. Try /ask, /stats, /timeline, /faq or /about.");
        }

        if (definition.Type == CommandDefinition.MessageCommand)
        {
            return AboutMessage(interaction);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var isPrivate = false;
        foreach (var option in interaction.Options)
        {
            if (definition.Option(option.Name) is not { } expected)
            {
                return CommandRequest.Invalid($"/{definition.Name} has no option \"{option.Name}\".");
            }

            if (Check(expected, option) is { } problem)
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
            return CommandRequest.Invalid($"/{definition.Name} needs the \"{missing.Name}\" option: {missing.Description.ToLowerInvariant()}.");
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
    private static CommandRequest AboutMessage(Interaction interaction)
    {
        if (string.IsNullOrWhiteSpace(interaction.TargetMessageText))
        {
            return CommandRequest.Invalid("That message has no text I can read. Pick a message with a question in it, or ask with /ask.");
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

    private static string? Check(OptionDefinition expected, InteractionOption option)
    {
        switch (expected.Type)
        {
            case OptionType.String when !option.IsString:
                return $"The \"{option.Name}\" option takes text.";
            // An overlong question goes on to the router, whose decline names the limit and the question's length.
            case OptionType.String when expected.MaxLength is { } max && option.Value!.Length > max && expected.Name != QuestionOption:
                return $"The \"{option.Name}\" option is limited to {max} characters.";
            case OptionType.Boolean when !option.IsBoolean:
                return $"The \"{option.Name}\" option is true or false.";
            case OptionType.Integer:
                if (!option.IsNumber || !int.TryParse(option.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                {
                    return $"The \"{option.Name}\" option takes a whole number.";
                }

                if (n < expected.MinValue || n > expected.MaxValue)
                {
                    return $"The \"{option.Name}\" option must be between {expected.MinValue} and {expected.MaxValue}.";
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
