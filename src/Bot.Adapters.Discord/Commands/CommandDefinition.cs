namespace Bot.Adapters.Discord.Commands;

/// <summary>A chat-input (slash) command as Discord's bulk-overwrite endpoint takes it; serialised snake_case.</summary>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyDictionary<string, string> NameLocalizations,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    IReadOnlyList<OptionDefinition> Options)
{
    /// <summary>1 = CHAT_INPUT.</summary>
    public int Type { get; init; } = 1;

    /// <summary>Usable in guilds, in the bot's DMs and in private channels.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [0, 1, 2];

    /// <summary>Installable to a guild.</summary>
    public IReadOnlyList<int> IntegrationTypes { get; init; } = [0];

    public OptionDefinition? Option(string name) => Options.FirstOrDefault(o => o.Name == name);
}

/// <summary>One command option; <see cref="Type"/> 3 STRING, 4 INTEGER, 5 BOOLEAN.</summary>
public sealed record OptionDefinition(
    int Type,
    string Name,
    string Description,
    IReadOnlyDictionary<string, string> NameLocalizations,
    IReadOnlyDictionary<string, string> DescriptionLocalizations)
{
    public bool Required { get; init; }

    public bool? Autocomplete { get; init; }

    public int? MinValue { get; init; }

    public int? MaxValue { get; init; }

    public int? MaxLength { get; init; }
}
