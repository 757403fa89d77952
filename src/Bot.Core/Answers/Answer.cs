using Bot.Core.Knowledge;

namespace Bot.Core.Answers;

/// <summary>A platform-neutral answer; adapters render it (console, JSON, Discord embed, Slack blocks).</summary>
public sealed record Answer
{
    public required Outcome Outcome { get; init; }

    /// <summary>The intent that produced it ("statistic", "timeline", "faq", "glossary", "help", "out-of-scope", …).</summary>
    public required string Intent { get; init; }

    public required string Title { get; init; }

    /// <summary>The answer as a person reads it (plain text with light Markdown: **bold**, bullet lines).</summary>
    public required string Body { get; init; }

    /// <summary>Key facts shown as fields (label → value), e.g. "2011" → "$68.3 bn".</summary>
    public IReadOnlyList<KeyFact> Facts { get; init; } = [];

    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>Follow-up questions the user might ask next.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>0–1: how sure the router is that this answers the question.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The knowledge base's as-of date.</summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>A statistics series an adapter may draw as a chart.</summary>
    public ChartRequest? Chart { get; init; }

    /// <summary>
    /// A notice meant for the asker alone (slow down, question too long): adapters show it only to them where the platform
    /// can (Discord ephemeral, Slack chat.postEphemeral), so one user's limit is not announced to the channel.
    /// </summary>
    public bool ForAskerOnly { get; init; }

    /// <summary>
    /// The language the answer is given in: its frame (headings, as-of line, suggestions) and every text that has a
    /// translation; where one is missing the English shows, and the body says so.
    /// </summary>
    public Lang Lang { get; init; } = Lang.En;

    /// <summary>What this answer was about, for follow-up questions.</summary>
    public Conversations.ConversationState? Context { get; init; }
}

public sealed record KeyFact(string Label, string Value);

/// <summary>A request to draw one series over a year range.</summary>
public sealed record ChartRequest(string SeriesId, int? FromYear, int? ToYear);
