using System.Text.Json;
using Bot.Adapters.Common.Inbound;

namespace Bot.Adapters.Discord.Inbound;

/// <summary>Reads Discord's interaction JSON into an <see cref="Interaction"/>; anything malformed is an <see cref="InteractionFormatException"/> (a 400).</summary>
public static class InteractionParser
{
    private const int MaxOptionDepth = 4;

    public static Interaction Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 32 });
            using var document = JsonDocument.ParseValue(ref reader);
            return Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new InteractionFormatException($"not JSON: {ex.Message}");
        }
    }

    public static Interaction Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InteractionFormatException("an interaction is a JSON object");
        }

        // Invalid UTF-8 or a lone surrogate would otherwise throw InvalidOperationException wherever the string is first read.
        if (!JsonPayload.HasValidText(root, out var problem))
        {
            throw new InteractionFormatException(problem);
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.Number || !type.TryGetInt32(out var typeValue))
        {
            throw new InteractionFormatException("'type' is missing or not a number");
        }

        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        return new Interaction
        {
            Type = typeValue,
            Id = RequiredString(root, "id"),
            Token = RequiredString(root, "token"),
            ApplicationId = String(root, "application_id"),
            GuildId = String(root, "guild_id"),
            ChannelId = String(root, "channel_id") ?? (root.TryGetProperty("channel", out var ch) ? String(ch, "id") : null),
            // In a guild the invoker is member.user; in DMs it is user.
            UserId = (root.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("user", out var mu) ? String(mu, "id") : null)
                ?? (root.TryGetProperty("user", out var u) ? String(u, "id") : null),
            Locale = String(root, "locale"),
            GuildLocale = String(root, "guild_locale"),
            MemberPermissions = root.TryGetProperty("member", out var mp) && mp.ValueKind == JsonValueKind.Object ? String(mp, "permissions") : null,
            CommandName = data.ValueKind == JsonValueKind.Object ? String(data, "name") : null,
            CustomId = data.ValueKind == JsonValueKind.Object ? String(data, "custom_id") : null,
            CommandType = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("type", out var ct) && ct.TryGetInt32(out var commandType) ? commandType : 1,
            TargetMessageText = TargetMessage(data),
            MessageId = root.TryGetProperty("message", out var message) ? String(message, "id") : null,
            ChannelType = root.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
                && channel.TryGetProperty("type", out var chType) && chType.TryGetInt32(out var channelType) ? channelType : null,
            Options = data.ValueKind == JsonValueKind.Object ? Options(data, 0) : [],
            Values = data.ValueKind == JsonValueKind.Object ? Values(data) : [],
            Fields = data.ValueKind == JsonValueKind.Object ? Fields(data) : new Dictionary<string, string>(),
        };
    }

    private const int MaxValues = 25;
    private const int MaxFields = 10;
    private const int MaxComponentDepth = 3;

    /// <summary>A select menu's chosen values (<c>data.values</c>): strings only, at most 25 (Discord's limit), anything else skipped.</summary>
    private static IReadOnlyList<string> Values(JsonElement data) =>
        data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Take(MaxValues).Select(v => v.GetString()!)]
            : [];

    /// <summary>
    /// A modal's text inputs by custom_id (<c>data.components</c>): inside Labels (<c>component</c>) or the older action rows
    /// (<c>components</c>). Bounded in depth and count: a forged submit cannot make the walk expensive.
    /// </summary>
    private static Dictionary<string, string> Fields(JsonElement data)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(data.TryGetProperty("components", out var components) ? components : default, 0);
        return fields;

        void Walk(JsonElement element, int depth)
        {
            if (depth > MaxComponentDepth || fields.Count >= MaxFields)
            {
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in element.EnumerateArray().Take(MaxFields))
                {
                    Walk(child, depth + 1);
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (String(element, "custom_id") is { Length: > 0 } id && element.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            {
                fields.TryAdd(id, value.GetString()!);
            }

            if (element.TryGetProperty("component", out var inner))
            {
                Walk(inner, depth + 1);
            }

            if (element.TryGetProperty("components", out var children))
            {
                Walk(children, depth + 1);
            }
        }
    }

    /// <summary>A message command's selected message text, or null.</summary>
    private static string? TargetMessage(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && String(data, "target_id") is { } target
        && data.TryGetProperty("resolved", out var resolved) && resolved.ValueKind == JsonValueKind.Object
        && resolved.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Object
        && messages.TryGetProperty(target, out var message)
            ? String(message, "content")
            : null;

    private static List<InteractionOption> Options(JsonElement parent, int depth)
    {
        if (!parent.TryGetProperty("options", out var options))
        {
            return [];
        }

        if (options.ValueKind != JsonValueKind.Array || depth > MaxOptionDepth)
        {
            throw new InteractionFormatException("'options' must be an array of option objects");
        }

        var list = new List<InteractionOption>(options.GetArrayLength());
        foreach (var o in options.EnumerateArray())
        {
            if (o.ValueKind != JsonValueKind.Object || String(o, "name") is not { } name)
            {
                throw new InteractionFormatException("every option needs a 'name'");
            }

            var optionType = o.TryGetProperty("type", out var t) && t.TryGetInt32(out var tv) ? tv : 0;
            var focused = o.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True;
            var value = o.TryGetProperty("value", out var v) ? v : default;
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            list.Add(new InteractionOption(name, optionType, text, value.ValueKind == JsonValueKind.String, value.ValueKind == JsonValueKind.Number,
                value.ValueKind is JsonValueKind.True or JsonValueKind.False, focused)
            {
                Options = Options(o, depth + 1),
            });
        }

        return list;
    }

    private static string RequiredString(JsonElement e, string name) =>
        String(e, name) is { Length: > 0 } s ? s : throw new InteractionFormatException($"'{name}' is missing");

    // Discord sends ids as strings; a number is accepted too rather than turning a harmless quirk into a 400.
    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p)
            ? p.ValueKind switch { JsonValueKind.String => p.GetString(), JsonValueKind.Number => p.GetRawText(), _ => null }
            : null;
}

/// <summary>The body is not an interaction Discord would send.</summary>
public sealed class InteractionFormatException(string message) : Exception(message);
