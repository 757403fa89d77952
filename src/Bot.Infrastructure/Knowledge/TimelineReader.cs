using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Reads <c>timeline.yaml</c>.</summary>
internal static class TimelineReader
{
    private static readonly string[] Keys =
        ["id", "date", "end_date", "date_note", "title", "summary", "significance", "tags", "aliases", "related_faq", "sources", "flag"];

    public static IReadOnlyList<TimelineEvent> Read(KnowledgeFile? file, LoadContext context)
    {
        if (file?.TopLevelList("events", "event", Keys) is not { } items)
        {
            return [];
        }

        context.Events.IsComplete = true;
        return [.. items.Select(f => Read(f, context))];
    }

    private static TimelineEvent Read(YamlFields f, LoadContext context)
    {
        var id = f.Id(context.Events);
        var date = f.Date("date", required: true);
        var end = f.Date("end_date");
        if (date is { } start && end is { } finish && finish.End < start.Start)
        {
            f.ReportAt("end_date", $"'end_date' {finish} is before 'date' {start}");
        }

        var title = f.Text("title", required: true);
        if (title?.Length > KnowledgeRules.MaxTitleLength)
        {
            f.ReportAt("title", $"'title' is {title.Length} characters long; keep it to {KnowledgeRules.MaxTitleLength}");
        }

        var tags = f.TextList("tags");
        foreach (var tag in tags.Where(t => !t.Value.Equals(t.Value.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            f.ReportAtLine(tag.Line, $"tag '{tag.Value}' should be lowercase");
        }

        return new TimelineEvent(
            id ?? "",
            date ?? default,
            end,
            f.Text("date_note"),
            title ?? "",
            f.Text("summary", required: true) ?? "",
            f.Text("significance", required: true) ?? "",
            [.. tags.Select(t => t.Value)],
            [.. f.TextList("aliases").Select(a => a.Value)],
            context.Refer(f, "related_faq", context.Faqs),
            context.Refer(f, "sources", context.Sources, min: 1),
            f.Flag());
    }
}
