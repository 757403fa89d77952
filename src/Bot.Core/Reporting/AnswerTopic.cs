using Bot.Core.Abstractions;
using Bot.Core.Answers;

namespace Bot.Core.Reporting;

/// <summary>Which knowledge entry an answer came from, in the retriever's id vocabulary (<c>faq:gsomia</c>, <c>event:…</c>, <c>series:…</c>, <c>term:…</c>).</summary>
public static class AnswerTopic
{
    /// <summary>The entry the answer's context points at, most specific first; null when it names none (help, declines).</summary>
    public static string? Of(Answer answer) => answer.Context switch
    {
        { FaqId: { Length: > 0 } faq } => ChunkId.Of(ChunkKinds.Faq, faq),
        { EventId: { Length: > 0 } ev } => ChunkId.Of(ChunkKinds.Event, ev),
        { GlossaryId: { Length: > 0 } term } => ChunkId.Of(ChunkKinds.Term, term),
        { SeriesIds: [var series, ..] } => ChunkId.Of(ChunkKinds.Series, series),
        _ => null,
    };
}
