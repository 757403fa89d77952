using Bot.Adapters.Discord.Rendering;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>Every Discord message limit of protocols.md D, checked on a rendered payload; one message lists all violations.</summary>
public static class DiscordLimitsAssert
{
    public static void WithinLimits(MessagePayload message, string because = "")
    {
        var problems = Violations(message).ToList();
        Assert.True(problems.Count == 0, $"{because}: {string.Join("; ", problems)}");
    }

    public static IEnumerable<string> Violations(MessagePayload m)
    {
        if (m.AllowedMentions.Parse.Count != 0)
        {
            yield return "allowed_mentions.parse is not empty";
        }

        if (m.Content is { } content)
        {
            foreach (var p in Text("content", content, DiscordLimits.Content))
            {
                yield return p;
            }
        }

        var embeds = m.Embeds ?? [];
        if (embeds.Count > 10)
        {
            yield return $"{embeds.Count} embeds";
        }

        var total = 0;
        foreach (var e in embeds)
        {
            foreach (var p in Text("title", e.Title, DiscordLimits.EmbedTitle)
                .Concat(Text("description", e.Description, DiscordLimits.EmbedDescription))
                .Concat(Text("footer", e.Footer?.Text, DiscordLimits.Footer)))
            {
                yield return p;
            }

            var fields = e.Fields ?? [];
            if (fields.Count > DiscordLimits.Fields)
            {
                yield return $"{fields.Count} fields";
            }

            foreach (var f in fields)
            {
                if (f.Name.Length == 0 || f.Value.Length == 0)
                {
                    yield return "an empty field name or value";
                }

                foreach (var p in Text("field name", f.Name, DiscordLimits.FieldName).Concat(Text("field value", f.Value, DiscordLimits.FieldValue)))
                {
                    yield return p;
                }
            }

            total += (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text.Length ?? 0) + fields.Sum(f => f.Name.Length + f.Value.Length);
        }

        if (total > DiscordLimits.EmbedTotal)
        {
            yield return $"embeds total {total} > {DiscordLimits.EmbedTotal}";
        }

        var rows = m.Components ?? [];
        if (rows.Count > DiscordLimits.Rows)
        {
            yield return $"{rows.Count} action rows";
        }

        foreach (var button in rows.SelectMany(r => r.Components.Count is 0 or > DiscordLimits.ButtonsPerRow ? throw new InvalidOperationException($"a row of {r.Components.Count}") : r.Components))
        {
            foreach (var p in Text("button label", button.Label, DiscordLimits.ButtonLabel))
            {
                yield return p;
            }

            if (button.Label is null && button.Emoji is null)
            {
                yield return "a button with neither label nor emoji";
            }

            if (button.Style == Button.Link
                ? button.CustomId is not null || button.Url is null || !button.Url.StartsWith("http", StringComparison.Ordinal) || button.Url.Length > DiscordLimits.ButtonUrl
                : button.Url is not null || button.CustomId is not { Length: > 0 and <= DiscordLimits.CustomId })
            {
                yield return $"button style {button.Style} with custom_id '{button.CustomId}' and url '{button.Url}'";
            }
        }
    }

    private static IEnumerable<string> Text(string what, string? text, int max)
    {
        if (text is null)
        {
            yield break;
        }

        if (text.Length > max)
        {
            yield return $"{what} has {text.Length} > {max}";
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]) : char.IsLowSurrogate(text[i]))
            {
                yield return $"{what} has a broken surrogate pair at {i}";
                yield break;
            }
        }

        foreach (var mention in new[] { "@everyone", "@here", "<@&", "<@!" })
        {
            if (text.Contains(mention, StringComparison.Ordinal))
            {
                yield return $"{what} contains a live mention {mention}";
            }
        }
    }
}
