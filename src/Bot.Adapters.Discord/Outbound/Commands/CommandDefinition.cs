namespace Bot.Adapters.Discord.Outbound.Commands;

/// <summary>A chat-input (slash) command as Discord's bulk-overwrite endpoint takes it; serialised snake_case.</summary>
public sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyDictionary<string, string> NameLocalizations,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    IReadOnlyList<OptionDefinition> Options)
{
    /// <summary>1 = CHAT_INPUT (slash), 3 = MESSAGE (context menu on a message).</summary>
    public int Type { get; init; } = ChatInput;

    public const int ChatInput = 1;
    public const int MessageCommand = 3;

    /// <summary>Usable in guilds, in the bot's DMs and in private channels.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [0, 1, 2];

    /// <summary>Installable to a guild.</summary>
    public IReadOnlyList<int> IntegrationTypes { get; init; } = [0];

    /// <summary>Permission bitset a member needs by default (server admins can change it); null = everyone. "32" = MANAGE_GUILD.</summary>
    public string? DefaultMemberPermissions { get; init; }

    public OptionDefinition? Option(string name) => Options.FirstOrDefault(o => o.Name == name);
}

/// <summary>One choice of a STRING option.</summary>
public sealed record OptionChoice(string Name, string Value);

/// <summary>One command option; <see cref="Type"/> 1 SUB_COMMAND, 3 STRING, 4 INTEGER, 5 BOOLEAN, 7 CHANNEL.</summary>
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

    /// <summary>A sub-command's own options.</summary>
    public IReadOnlyList<OptionDefinition>? Options { get; init; }

    /// <summary>The values a STRING option takes (at most 25), shown as a list.</summary>
    public IReadOnlyList<OptionChoice>? Choices { get; init; }

    /// <summary>For CHANNEL options: which channel types may be picked (0 text, 5 announcement).</summary>
    public IReadOnlyList<int>? ChannelTypes { get; init; }

    public OptionDefinition? Option(string name) => Options?.FirstOrDefault(o => o.Name == name);
}
