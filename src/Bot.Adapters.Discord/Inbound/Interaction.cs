namespace Bot.Adapters.Discord.Inbound;

/// <summary>The parts of a Discord interaction the bot reads; parsed once by <see cref="InteractionParser"/>, the same for HTTP and Gateway.</summary>
public sealed record Interaction
{
    public required int Type { get; init; }
    public required string Id { get; init; }
    public required string Token { get; init; }
    public string? ApplicationId { get; init; }
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }
    public string? UserId { get; init; }
    public string? Locale { get; init; }

    /// <summary>The server's preferred locale (<c>guild_locale</c>); null in DMs.</summary>
    public string? GuildLocale { get; init; }

    /// <summary>
    /// The locale to hint the answer language with: the invoker's client locale when the bot speaks it, else the server's
    /// (a French client in a Korean server gets Korean), else the client's as sent.
    /// </summary>
    public string? AnswerLocale =>
        new[] { Locale, GuildLocale }.FirstOrDefault(l => Bot.Core.Knowledge.Langs.FromLocale(l) is not null) ?? Locale;

    /// <summary>
    /// <c>member.permissions</c>: the invoker's total permissions in the channel, a decimal bitset string; null in DMs.
    /// </summary>
    public string? MemberPermissions { get; init; }

    /// <summary>True when the invoker holds Manage Server (0x20) or Administrator (0x8) here; false in DMs or when unknown.</summary>
    public bool CanManageGuild =>
        ulong.TryParse(MemberPermissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits)
        && (bits & (ManageGuildBit | AdministratorBit)) != 0;

    public const ulong AdministratorBit = 1UL << 3;

    public const ulong ManageGuildBit = 1UL << 5;

    /// <summary>The command's name (application commands and autocomplete).</summary>
    public string? CommandName { get; init; }

    public IReadOnlyList<InteractionOption> Options { get; init; } = [];

    /// <summary>The clicked component's <c>custom_id</c> (message components).</summary>
    public string? CustomId { get; init; }

    /// <summary><c>data.type</c> of an application command: 1 chat input (slash), 2 user, 3 message (context menu).</summary>
    public int CommandType { get; init; } = 1;

    /// <summary>A message command's target: the selected message's text (<c>data.resolved.messages[target_id].content</c>).</summary>
    public string? TargetMessageText { get; init; }

    /// <summary>A select menu's chosen values (<c>data.values</c>).</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>A submitted modal's text inputs, by their custom_id.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>The message a component sits on (<c>message.id</c>): the answer a button belongs to.</summary>
    public string? MessageId { get; init; }

    /// <summary><c>channel.type</c> when sent: 1 DM, 11/12 threads.</summary>
    public int? ChannelType { get; init; }

    /// <summary>In a thread (public, private or announcement thread).</summary>
    public bool InThread => ChannelType is 10 or 11 or 12;
}

/// <summary>
/// One command option as sent. <see cref="Value"/> is the JSON value as text ("2011", "true", "imports");
/// <see cref="IsString"/>, <see cref="IsNumber"/> and <see cref="IsBoolean"/> say which JSON kind it was.
/// </summary>
public sealed record InteractionOption(string Name, int Type, string? Value, bool IsString, bool IsNumber, bool IsBoolean, bool Focused)
{
    public IReadOnlyList<InteractionOption> Options { get; init; } = [];
}
