using System.Globalization;
using System.Text;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;

namespace Bot.Adapters.Discord.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as one Discord embed plus buttons, within every Discord limit: a long body continues in
/// fields and is cut (with "…") only when the 6,000-character total is reached. Every text passes through
/// <see cref="DiscordText.Neutralise"/>, and every message carries <c>allowed_mentions: {"parse": []}</c>.
/// </summary>
public static class EmbedRenderer
{
    private const int ColourAnswer = 0x2F6FB3;
    private const int ColourDecline = 0x8A8F98;
    private const int ColourClarify = 0xD4A22A;

    // Facts and sources matter more than the tail of a long body: they may use this much before the description is sized.
    private const int KeyFieldsBudget = 1800;
    private const int MaxFacts = 12;
    private const int MaxLinkRows = 2;
    private const string ContinuedName = "…";
    private const int MinPiece = 16;

    /// <param name="threadable">Adds "Continue in a thread" (answers in guild channels, outside threads, that everyone sees).</param>
    public static MessagePayload Render(Answer answer, string answerId, bool ephemeral, bool threadable = false) => new()
    {
        Embeds = [RenderEmbed(answer)],
        Components = Components(answer, answerId, threadable && !ephemeral),
        Flags = ephemeral ? MessagePayload.Ephemeral : null,
    };

    /// <summary>A plain message (errors, confirmations): ephemeral by default, because it concerns only the person who clicked.</summary>
    public static MessagePayload Notice(string text, bool ephemeral = true) => new()
    {
        Content = DiscordText.Fit(DiscordText.Neutralise(text), DiscordLimits.Content),
        Flags = ephemeral ? MessagePayload.Ephemeral : null,
    };

    /// <summary>The full list of an answer's sources, for the "Sources" button (ephemeral), headed in the answer's language.</summary>
    public static MessagePayload RenderSources(IReadOnlyList<Source> sources, Lang lang = Lang.En)
    {
        var t = AnswerTemplates.For(lang);
        var lines = sources.Select((s, i) => SourceLine(s, i + 1)).ToList();
        return new MessagePayload
        {
            Embeds =
            [
                new Embed
                {
                    Title = t.SourcesLabel,
                    Description = DiscordText.Fit(lines.Count == 0 ? t.NoSources : string.Join('\n', lines), DiscordLimits.EmbedDescription),
                    Color = ColourAnswer,
                },
            ],
            Components = LinkRows(sources, DiscordLimits.Rows),
            Flags = MessagePayload.Ephemeral,
        };
    }

    public static Embed RenderEmbed(Answer answer)
    {
        var budget = new EmbedBudget(DiscordLimits.EmbedTotal);
        var title = budget.Spend(DiscordText.Fit(DiscordText.Neutralise(answer.Title), DiscordLimits.EmbedTitle));
        var footer = budget.Spend(DiscordText.Fit(DiscordText.Neutralise(FooterText(answer)), DiscordLimits.Footer));

        var keyFields = KeyFields(answer);
        var body = DiscordText.Neutralise(answer.Body.Trim());
        var descriptionRoom = Math.Min(DiscordLimits.EmbedDescription, budget.Remaining - keyFields.Sum(f => f.Name.Length + f.Value.Length));
        var (description, rest) = DiscordText.SplitAt(body, descriptionRoom);
        budget.Spend(description);

        // The rest of a long body continues in fields, while fields and characters last.
        var fields = new List<EmbedField>();
        var reservedChars = keyFields.Sum(f => f.Name.Length + f.Value.Length);
        while (rest.Length > 0)
        {
            var fieldsLeft = DiscordLimits.Fields - keyFields.Count - fields.Count;
            var room = Math.Min(DiscordLimits.FieldValue, budget.Remaining - reservedChars - ContinuedName.Length);
            if (fieldsLeft <= 0 || room < MinPiece)
            {
                // No room for another piece: end the last one with "…" (same length) so the reader sees the text was cut.
                if (fields.Count == 0)
                {
                    description = DiscordText.Fit(body, description.Length);
                }
                else
                {
                    var last = fields[^1];
                    fields[^1] = last with { Value = DiscordText.Fit(last.Value + " " + rest, last.Value.Length) };
                }

                break;
            }

            var isLast = rest.Length <= room || fieldsLeft == 1
                || budget.Remaining - reservedChars - room - ContinuedName.Length < MinPiece + ContinuedName.Length;
            (var chunk, rest) = isLast ? (DiscordText.Fit(rest, room), "") : DiscordText.SplitAt(rest, room);
            fields.Add(budget.Spend(new EmbedField(ContinuedName, chunk)));
        }

        fields.AddRange(keyFields.Select(budget.Spend));
        if (answer.Suggestions.Count > 0 && fields.Count < DiscordLimits.Fields)
        {
            var name = AnswerTemplates.For(answer.Lang).AlsoAskLabel;
            var value = DiscordText.Neutralise(string.Join('\n', answer.Suggestions.Select(s => "• " + s)));
            var room = Math.Min(DiscordLimits.FieldValue, budget.Remaining - name.Length);
            if (room >= MinPiece)
            {
                fields.Add(budget.Spend(new EmbedField(name, DiscordText.Fit(value, room))));
            }
        }

        return new Embed
        {
            Title = title,
            Description = description.Length == 0 ? null : description,
            Color = answer.Outcome switch { Outcome.Answer => ColourAnswer, Outcome.Clarify => ColourClarify, _ => ColourDecline },
            Fields = fields.Count == 0 ? null : fields,
            Footer = new EmbedFooter(footer),
        };
    }

    /// <summary>Facts (inline) and the sources field, cut to fit together in <see cref="KeyFieldsBudget"/>.</summary>
    private static List<EmbedField> KeyFields(Answer answer)
    {
        var fields = new List<EmbedField>();
        var used = 0;
        foreach (var fact in answer.Facts.Take(MaxFacts))
        {
            var field = new EmbedField(
                DiscordText.Fit(DiscordText.Neutralise(fact.Label), DiscordLimits.FieldName),
                DiscordText.Fit(DiscordText.Neutralise(fact.Value), DiscordLimits.FieldValue),
                Inline: true);
            if (used + field.Name.Length + field.Value.Length > KeyFieldsBudget / 2)
            {
                break;
            }

            used += field.Name.Length + field.Value.Length;
            fields.Add(field);
        }

        if (answer.Sources.Count > 0)
        {
            var t = AnswerTemplates.For(answer.Lang);
            var value = new StringBuilder();
            for (var i = 0; i < answer.Sources.Count; i++)
            {
                var line = SourceLine(answer.Sources[i], i + 1);
                var more = "\n" + t.MoreSources(answer.Sources.Count - i);
                if (value.Length + line.Length + 1 + more.Length > DiscordLimits.FieldValue && i > 0)
                {
                    value.Append(more);
                    break;
                }

                value.Append(value.Length == 0 ? "" : "\n").Append(DiscordText.Fit(line, DiscordLimits.FieldValue - more.Length - 1));
            }

            fields.Add(new EmbedField(t.SourcesLabel, value.ToString()));
        }

        return fields;
    }

    private static string FooterText(Answer answer)
    {
        var t = AnswerTemplates.For(answer.Lang);
        var parts = new List<string>();
        if (answer.AsOf is { } asOf)
        {
            parts.Add(t.KnowledgeAsOfNote(asOf.ToDisplay(answer.Lang)));
        }

        parts.Add(answer.Outcome switch { Outcome.Answer => t.OutcomeNote.Answered, Outcome.Clarify => t.OutcomeNote.Clarify, _ => t.OutcomeNote.Declined });
        return string.Join(" · ", parts);
    }

    /// <summary>"[1] Publisher — [Title](url) (2019)": a Markdown link when the URL is http(s).</summary>
    private static string SourceLine(Source s, int number)
    {
        var title = DiscordText.Neutralise(s.Title).Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal);
        var linked = LinkUrl(s.Url) is { } url ? $"[{title}](<{url}>)" : title;
        var date = s.Date is { } d ? string.Create(CultureInfo.InvariantCulture, $" ({d})") : "";
        return $"[{number}] {DiscordText.Neutralise(s.Publisher)} — {linked}{date}";
    }

    private static List<ActionRow> Components(Answer answer, string answerId, bool threadable)
    {
        var t = AnswerTemplates.For(answer.Lang);
        var actions = new List<Button>
        {
            new() { Style = Button.Secondary, CustomId = ComponentIds.Vote(answerId, helpful: true), Emoji = new ButtonEmoji("👍") },
            new() { Style = Button.Secondary, CustomId = ComponentIds.Vote(answerId, helpful: false), Emoji = new ButtonEmoji("👎") },
        };
        if (answer.Sources.Count > 0)
        {
            actions.Add(new Button { Style = Button.Secondary, CustomId = ComponentIds.Sources(answerId), Label = t.SourcesLabel, Emoji = new ButtonEmoji("📚") });
        }

        if (threadable)
        {
            actions.Add(new Button { Style = Button.Secondary, CustomId = ComponentIds.Thread(answerId), Label = t.ContinueInThread, Emoji = new ButtonEmoji("🧵") });
        }

        return [new ActionRow(actions), .. LinkRows(answer.Sources, MaxLinkRows)];
    }

    /// <summary>Link buttons (style 5) for the sources with an http(s) URL, five to a row.</summary>
    private static List<ActionRow> LinkRows(IReadOnlyList<Source> sources, int maxRows)
    {
        var buttons = sources
            .Select((s, i) => (Source: s, Number: i + 1, Url: LinkUrl(s.Url)))
            .Where(x => x.Url is not null)
            .DistinctBy(x => x.Url, StringComparer.Ordinal)
            .Take(maxRows * DiscordLimits.ButtonsPerRow)
            .Select(x => new Button
            {
                Style = Button.Link,
                Url = x.Url,
                Label = DiscordText.Fit(DiscordText.Neutralise($"[{x.Number}] {x.Source.Publisher}"), DiscordLimits.ButtonLabel),
            })
            .ToList();
        return [.. buttons.Chunk(DiscordLimits.ButtonsPerRow).Select(row => new ActionRow(row))];
    }

    /// <summary>The URL when Discord will accept it on a link button: absolute http(s), at most 512 characters.</summary>
    public static string? LinkUrl(string? url) =>
        url is { Length: <= DiscordLimits.ButtonUrl } && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !url.Contains('>', StringComparison.Ordinal)
            ? url
            : null;
}
