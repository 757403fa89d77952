using System.Globalization;
using System.Text.Json.Nodes;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;

namespace Bot.Adapters.Slack.Rendering;

/// <summary>
/// Renders an <see cref="Answer"/> as Block Kit within every Slack limit: a header, the body in sections (split at
/// paragraph, line or sentence boundaries), key facts as fields, sources and the as-of date in context blocks, then
/// feedback (and optionally share) buttons. All text is escaped and every mrkdwn object is <c>verbatim</c>, so
/// nothing a user typed can become a link, a channel mention or a user mention; <c>link_names</c> is never set.
/// </summary>
public static class BlockKitRenderer
{
    public static SlackMessage Render(Answer answer, string answerId, ShareToken? share = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(answerId);
        var header = Header(answer.Title);
        var facts = FactSections(answer.Facts);
        var suggestions = answer.Suggestions.Count > 0
            ? Context([Mrkdwn(SlackText.Truncate(AnswerTemplates.For(answer.Lang).YouCouldAlsoAsk + string.Join(" · ", answer.Suggestions.Select(SlackText.Escape)), SlackLimits.ContextText))])
            : null;
        var sources = SourceContexts(answer);
        var actions = Actions(answerId, answer.Outcome == Outcome.Answer ? share : null, AnswerTemplates.For(answer.Lang));

        // Fixed blocks first; the body gets whatever is left of the 50, and says so if it had to be cut.
        var fixedCount = 1 + facts.Count + (suggestions is null ? 0 : 1) + sources.Count + 1;
        var body = BodySections(answer.Body, SlackLimits.Blocks - fixedCount, AnswerTemplates.For(answer.Lang).AnswerShortened);

        var blocks = new JsonArray { header };
        foreach (var block in body.Concat(facts))
        {
            blocks.Add(block);
        }

        if (suggestions is not null)
        {
            blocks.Add(suggestions);
        }

        foreach (var block in sources)
        {
            blocks.Add(block);
        }

        blocks.Add(actions);
        // The fallback lists source URLs in plain text: only the ones that would also be links.
        var fallbackSources = answer.Sources.Select(s => SlackText.HttpUrl(s.Url) is null ? s with { Url = null } : s).ToList();
        return new SlackMessage(Fallback(AnswerText.Render(answer with { Sources = fallbackSources })), blocks);
    }

    /// <summary>
    /// A daily digest: a header, each section as "*heading*" + body (split to the section limit), sources and the
    /// as-of date in context blocks. Same escaping and verbatim rules as answers; no feedback buttons (nothing to
    /// remember an answer by). Sections that would not fit in 50 blocks are cut with a note.
    /// </summary>
    public static SlackMessage RenderDigest(Bot.Core.Digest.Digest digest)
    {
        var answer = digest.ToAnswer();
        var sources = SourceContexts(answer);
        var room = SlackLimits.Blocks - 1 - sources.Count;
        var sections = new List<JsonObject>();
        foreach (var section in digest.Sections)
        {
            var text = $"*{SlackText.Escape(section.Heading.ReplaceLineEndings(" "))}*\n{SlackText.ToMrkdwn(section.Body)}";
            sections.AddRange(TextSplitter.Split(text, SlackLimits.SectionText).Select(Section));
        }

        if (sections.Count > room)
        {
            sections = [.. sections.Take(room - 1), Section(AnswerTemplates.For(digest.Lang).DigestShortened)];
        }

        var blocks = new JsonArray { Header(digest.Title) };
        foreach (var block in sections.Concat(sources))
        {
            blocks.Add(block);
        }

        var fallbackSources = answer.Sources.Select(s => SlackText.HttpUrl(s.Url) is null ? s with { Url = null } : s).ToList();
        return new SlackMessage(Fallback(AnswerText.Render(answer with { Sources = fallbackSources })), blocks);
    }

    /// <summary>A one-section message (help, "working…", errors) with the same escaping rules.</summary>
    public static SlackMessage Notice(string markdown)
    {
        var blocks = new JsonArray();
        foreach (var piece in TextSplitter.Split(SlackText.ToMrkdwn(markdown), SlackLimits.SectionText).Take(SlackLimits.Blocks))
        {
            blocks.Add(Section(piece));
        }

        return new SlackMessage(Fallback(markdown.Replace("**", "", StringComparison.Ordinal)), blocks);
    }

    private static string Fallback(string plain) => SlackText.Truncate(SlackText.Escape(plain), SlackLimits.FallbackText);

    private static JsonObject Header(string title) => new()
    {
        ["type"] = "header",
        ["text"] = PlainText(SlackText.Truncate(SlackText.Escape(string.IsNullOrWhiteSpace(title) ? "Answer" : title.ReplaceLineEndings(" ")), SlackLimits.HeaderText)),
    };

    private static List<JsonObject> BodySections(string body, int maxBlocks, string cut)
    {
        var pieces = TextSplitter.Split(SlackText.ToMrkdwn(body), SlackLimits.SectionText);
        if (pieces.Count == 0)
        {
            return [];
        }

        if (pieces.Count > maxBlocks)
        {
            pieces = [.. pieces.Take(maxBlocks - 1), SlackText.Truncate(pieces[maxBlocks - 1], SlackLimits.SectionText - cut.Length) + cut];
        }

        return [.. pieces.Select(Section)];
    }

    private static List<JsonObject> FactSections(IReadOnlyList<KeyFact> facts) =>
    [
        .. facts.Chunk(SlackLimits.Fields).Select(chunk => new JsonObject
        {
            ["type"] = "section",
            ["fields"] = new JsonArray([.. chunk.Select(f => (JsonNode)Mrkdwn(SlackText.Truncate(
                $"*{SlackText.Escape(f.Label.ReplaceLineEndings(" "))}*\n{SlackText.ToMrkdwn(f.Value)}", SlackLimits.FieldText)))]),
        }),
    ];

    private static List<JsonObject> SourceContexts(Answer answer)
    {
        var elements = answer.Sources.Select((s, i) => Mrkdwn(SourceLine(s, i + 1))).ToList();
        if (answer.AsOf is { } asOf && answer.Outcome == Outcome.Answer)
        {
            elements.Add(Mrkdwn(SlackText.Escape(AnswerTemplates.For(answer.Lang).KnowledgeAsOfNote(asOf.ToDisplay(answer.Lang)))));
        }

        return [.. elements.Chunk(SlackLimits.ContextElements).Select(chunk => Context(chunk))];
    }

    private static string SourceLine(Source source, int number)
    {
        var label = source.Date is { } date
            ? $"{source.Publisher}, “{source.Title}” ({date.ToString()})"
            : $"{source.Publisher}, “{source.Title}”";
        var prefix = $"[{number.ToString(CultureInfo.InvariantCulture)}] ";
        return prefix + SlackText.Link(source.Url, label.ReplaceLineEndings(" "), SlackLimits.ContextText - prefix.Length);
    }

    private static JsonObject Actions(string answerId, ShareToken? share, AnswerTemplates t)
    {
        var elements = new JsonArray
        {
            Button(t.HelpfulButton, ActionIds.Helpful, answerId),
            Button(t.NotHelpfulButton, ActionIds.NotHelpful, answerId),
        };
        if (share is not null)
        {
            elements.Add(Button(t.ShareButton, ActionIds.Share, share.Encode()));
        }

        return new JsonObject { ["type"] = "actions", ["block_id"] = ActionIds.BlockId, ["elements"] = elements };
    }

    private static JsonObject Button(string text, string actionId, string value) => new()
    {
        ["type"] = "button",
        ["text"] = PlainText(text),
        ["action_id"] = actionId,
        ["value"] = value,
    };

    private static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(mrkdwn) };

    private static JsonObject Context(IEnumerable<JsonObject> elements) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. elements]),
    };

    private static JsonObject PlainText(string escaped) => new() { ["type"] = "plain_text", ["text"] = escaped, ["emoji"] = true };

    /// <summary>verbatim: Slack would otherwise auto-link bare URLs, channel names and "@here"-like words in the text.</summary>
    private static JsonObject Mrkdwn(string escaped) => new() { ["type"] = "mrkdwn", ["text"] = escaped, ["verbatim"] = true };
}
