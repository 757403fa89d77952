using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Reads <c>glossary.yaml</c>.</summary>
internal static class GlossaryReader
{
    private static readonly string[] Keys =
        ["id", "kind", "en", "ko", "ja", "aliases", "description", "note", "related_faq", "in_office_from", "in_office_to", "office"];

    public static IReadOnlyList<GlossaryTerm> Read(KnowledgeFile? file, LoadContext context)
    {
        if (file?.TopLevelList("terms", "term", Keys) is not { } items)
        {
            return [];
        }

        context.Terms.IsComplete = true;
        return [.. items.Select(f => Read(f, context))];
    }

    private static GlossaryTerm Read(YamlFields f, LoadContext context)
    {
        var from = f.Date("in_office_from");
        var to = f.Date("in_office_to");
        if (to is { } end && from is { } start && end.End < start.Start)
        {
            f.ReportAt("in_office_to", $"'in_office_to' {end} is before 'in_office_from' {start}");
        }

        var office = f.Choice("office", Offices.All, required: false);
        var kind = f.Choice("kind", KnowledgeRules.GlossaryKinds) ?? "";
        if (office is not null && kind != "person")
        {
            f.ReportAt("office", "'office' is only for people (kind: person)");
        }

        return new GlossaryTerm(
            f.Id(context.Terms) ?? "",
            kind,
            f.Text("en", required: true) ?? "",
            f.Text("ko", required: true) ?? "",
            f.Text("ja", required: true) ?? "",
            [.. f.TextList("aliases").Select(a => a.Value)],
            f.Text("description", required: true) ?? "",
            f.Text("note"),
            context.Refer(f, "related_faq", context.Faqs),
            from,
            to,
            office);
    }
}
