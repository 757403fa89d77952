namespace Bot.Adapters.Discord.Rendering;

/// <summary>A Discord message body (interaction response data, webhook edit). Serialised with snake_case names, nulls left out.</summary>
public sealed record MessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Always present: the default would parse user mentions out of echoed text.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Metadata of files sent with the message as <c>files[n]</c> (multipart).</summary>
    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }

    /// <summary>64 = ephemeral (only the invoker sees it).</summary>
    public int? Flags { get; init; }

    /// <summary>A channel message that answers another: shown as a reply to it (never in interaction responses).</summary>
    public MessageReference? MessageReference { get; init; }

    public const int Ephemeral = 64;
}

/// <summary>The message a reply answers; <c>fail_if_not_exists: false</c> posts the answer even when the question was deleted meanwhile.</summary>
public sealed record MessageReference(string MessageId, bool FailIfNotExists = false);

/// <summary><c>{"parse": []}</c> suppresses every mention.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

public sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public int? Color { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }
    public EmbedFooter? Footer { get; init; }
    public EmbedImage? Image { get; init; }
}

/// <summary>An embed image; <c>attachment://chart.png</c> points at a file sent with the message.</summary>
public sealed record EmbedImage(string Url);

public sealed record EmbedField(string Name, string Value, bool Inline = false);

public sealed record EmbedFooter(string Text);

/// <summary>A row of at most five buttons.</summary>
public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    public int Type { get; init; } = 1;
}

/// <summary>A button: styles 1–4 carry a <c>custom_id</c>; style 5 (link) carries a <c>url</c> instead.</summary>
public sealed record Button
{
    public int Type { get; init; } = 2;
    public required int Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public ButtonEmoji? Emoji { get; init; }

    public const int Secondary = 2;
    public const int Link = 5;
}

public sealed record ButtonEmoji(string Name);

/// <summary>A message whose one row is a string select: the "why?" after a 👎 (ephemeral).</summary>
public sealed record SelectMessage
{
    public string? Content { get; init; }

    public required IReadOnlyList<SelectRow> Components { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }
}

/// <summary>An action row holding a single select menu.</summary>
public sealed record SelectRow(IReadOnlyList<StringSelect> Components)
{
    public int Type { get; init; } = 1;
}

/// <summary>A string select (component type 3): at most 25 options, labels ≤ 100, placeholder ≤ 150.</summary>
public sealed record StringSelect
{
    public int Type { get; init; } = 3;
    public required string CustomId { get; init; }
    public string? Placeholder { get; init; }
    public required IReadOnlyList<SelectOption> Options { get; init; }
    public int MinValues { get; init; } = 1;
    public int MaxValues { get; init; } = 1;
}

public sealed record SelectOption(string Label, string Value);

/// <summary>The data of a MODAL callback (type 9): custom_id ≤ 100, title ≤ 45, 1–5 components.</summary>
public sealed record ModalData(string CustomId, string Title, IReadOnlyList<ModalLabel> Components);

/// <summary>A Label (component type 18) around one input: the way modals take inputs now (action rows there are deprecated).</summary>
public sealed record ModalLabel(string Label, TextInput Component)
{
    public int Type { get; init; } = 18;
}

/// <summary>A text input (component type 4); style 2 is a paragraph.</summary>
public sealed record TextInput
{
    public int Type { get; init; } = 4;
    public required string CustomId { get; init; }
    public int Style { get; init; } = Paragraph;
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool Required { get; init; } = true;
    public string? Placeholder { get; init; }

    public const int Paragraph = 2;
}

/// <summary>An interaction callback: <c>{"type": 4, "data": {…}}</c>.</summary>
public sealed record InteractionResponse(int Type, object? Data = null);

/// <summary>The data of an autocomplete result (callback type 8).</summary>
public sealed record AutocompleteData(IReadOnlyList<AutocompleteChoice> Choices);

public sealed record AutocompleteChoice(string Name, string Value);

/// <summary>Metadata of a file sent as <c>files[{Id}]</c>.</summary>
public sealed record MessageAttachment(int Id, string Filename);
