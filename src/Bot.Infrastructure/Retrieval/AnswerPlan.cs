using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Infrastructure.Retrieval;

/// <summary>One passage an answer rests on, with the numbers of the sources it cites (1-based, into <see cref="AnswerPlan.Sources"/>).</summary>
public sealed record PlannedPassage(RetrievedPassage Passage, string Label, IReadOnlyList<int> Citations, bool IsPosition)
{
    /// <summary>"[1][2]", or empty for a passage without sources (glossary entries).</summary>
    public string CitationMarks => string.Concat(Citations.Select(n => $"[{n}]"));
}

/// <summary>
/// What a free-form answer will say and cite, decided once: the extractive composer renders it directly, the LLM
/// composer hands the same passages to the model and falls back to the extractive rendering.
/// </summary>
public sealed record AnswerPlan(
    RouteContext Context,
    string Title,
    IReadOnlyList<PlannedPassage> Passages,
    IReadOnlyList<Source> Sources,
    double Confidence,
    string? FaqId,
    string? EventId,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>True when a Korean or Japanese answer quotes an entry that has no translation yet (it is quoted in English).</summary>
    public bool Untranslated { get; init; }

    /// <summary>True when the plan carries government positions (a contested topic): both are always present.</summary>
    public bool IsContested => Passages.Any(p => p.IsPosition);

    public Answer ToAnswer(string body) => new()
    {
        Outcome = Outcome.Answer,
        Intent = IntentNames.FreeForm,
        Title = Title,
        Body = body,
        Sources = Sources,
        Confidence = Confidence,
        AsOf = Context.Knowledge.AsOf,
        Suggestions = Suggestions,
        Context = new ConversationState { Intent = IntentNames.FreeForm, FaqId = FaqId, EventId = EventId },
    };
}
