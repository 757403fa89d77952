namespace Bot.Core.Routing;

/// <summary>A platform-neutral question: typed text, or a structured command whose options are already parsed.</summary>
public sealed record Question
{
    public required string Text { get; init; }

    /// <summary>Identifies the conversation for follow-ups ("discord:channel:user", "slack:thread_ts", "console").</summary>
    public string ConversationKey { get; init; } = "console";

    public string Platform { get; init; } = "console";

    public string? UserId { get; init; }

    /// <summary>The channel the question was asked in (for per-channel limits); null on the console.</summary>
    public string? ChannelId { get; init; }

    public string? Locale { get; init; }

    /// <summary>
    /// The channel's default answer language set by an admin (<c>en</c>, <c>ko</c>, <c>ja</c>), or null: the answer language when
    /// neither the question's words nor its thread decide one.
    /// </summary>
    public string? AnswerLanguage { get; init; }

    /// <summary>A language the answer must be given in, whatever the question's script (<c>ask --lang</c>); null to detect it.</summary>
    public Knowledge.Lang? ForcedLanguage { get; init; }

    /// <summary>Set for slash commands: skips classification.</summary>
    public StructuredCommand? Command { get; init; }

    /// <summary>The id the adapter shows the answer under (its feedback buttons carry it), logged so a 👎 meets its question; null on the console.</summary>
    public string? AnswerId { get; init; }
}

/// <summary>A slash command with typed options (/stats metric:imports year:2011).</summary>
public sealed record StructuredCommand(string Name, IReadOnlyDictionary<string, string> Options)
{
    public string? Option(string name) => Options.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    public int? IntOption(string name) =>
        int.TryParse(Option(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
}
