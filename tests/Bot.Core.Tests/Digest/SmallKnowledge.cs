using Bot.Core.Knowledge;

namespace Bot.Core.Tests.Digest;

/// <summary>Knowledge bases built in code for the cases the real one cannot show (nothing on a day, an edit).</summary>
public static class SmallKnowledge
{
    public static Source Src(string id) => new(id, "Publisher " + id, "Title of " + id, null, null);

    public static TimelineEvent Event(string id, string date, string title) =>
        new(id, PartialDate.Parse(date), null, null, title, "Summary of " + title, "Why " + title + " matters.", [], [], [], ["src-a"], Flag.V);

    public static FaqEntry Faq(string id, bool contested = false) =>
        new(id, "Topic " + id, ["what is " + id], [id], contested, ["src-a"], [], "Summary of " + id + ".",
            contested ? [new("Seoul's position", "Seoul says."), new("Tokyo's position", "Tokyo says.")] : []);

    public static StatSeries Series(string id, SeriesKind kind, params (int Year, double Value)[] points) =>
        new(id, "Series " + id, "trade", StatUnit.UsdBillion, kind, "Definition of " + id + ".", [id], null,
            [.. points.Select(p => new StatPoint(p.Year, null, p.Value, ["src-a"], Flag.V, null, []))], []);

    public static KnowledgeBase Create(
        IEnumerable<TimelineEvent>? events = null, IEnumerable<FaqEntry>? faqs = null, IEnumerable<StatSeries>? series = null) =>
        new([Src("src-a")], events ?? [], series ?? [], faqs ?? [], []);
}
