using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Reads <c>statistics.yaml</c>.</summary>
internal static class StatisticsReader
{
    private static readonly string[] SeriesKeys =
        ["id", "name", "category", "unit", "kind", "definition", "aliases", "notes", "points", "gaps"];

    private static readonly string[] PointKeys = ["year", "period", "value", "sources", "flag", "note", "alternatives"];
    private static readonly string[] AlternativeKeys = ["value", "sources", "note"];
    private static readonly string[] GapKeys = ["year", "note"];

    public static IReadOnlyList<StatSeries> Read(KnowledgeFile? file, LoadContext context)
    {
        if (file?.TopLevelList("series", "series", SeriesKeys) is not { } items)
        {
            return [];
        }

        context.Series.IsComplete = true;
        return [.. items.Select(f => Read(f, context))];
    }

    private static StatSeries Read(YamlFields f, LoadContext context)
    {
        var id = f.Id(context.Series);
        var name = f.Text("name", required: true);
        var category = f.Choice("category", KnowledgeRules.Categories);
        var unitName = f.Choice("unit", [.. StatUnitFormat.FileNames]);
        _ = StatUnitFormat.TryParse(unitName, out var unit);
        var kind = f.Choice("kind", KnowledgeRules.SeriesKinds) == "level" ? SeriesKind.Level : SeriesKind.Flow;
        var definition = f.Text("definition", required: true);
        var aliases = f.TextList("aliases", min: 1);
        var notes = f.Text("notes");

        // Year → file line of its whole-year point: the bot answers "X in 2011" with exactly one figure.
        var wholeYears = new Dictionary<int, int>();
        var points = new List<StatPoint>();
        foreach (var p in f.Items("points", "point", PointKeys, min: 1, nameKey: "year"))
        {
            var point = ReadPoint(p, context);
            points.Add(point);
            if (point.Period is null && point.Year != 0
                && !wholeYears.TryAdd(point.Year, p.Log.FileLine(p.KeyLine("year"))))
            {
                p.ReportAt("year", $"a second whole-year point for {point.Year} (the first is on line {wholeYears[point.Year]}); "
                    + "give one a 'period' or keep one value and list the other under 'alternatives'");
            }
        }

        var gaps = new List<StatGap>();
        var gapYears = new Dictionary<int, int>();
        foreach (var g in f.Items("gaps", "gap", GapKeys, nameKey: "year"))
        {
            var year = g.Year() ?? 0;
            gaps.Add(new StatGap(year, g.Text("note", required: true) ?? ""));
            if (year == 0)
            {
                continue;
            }

            if (!gapYears.TryAdd(year, g.Log.FileLine(g.KeyLine("year"))))
            {
                g.ReportAt("year", $"a second gap for {year} (the first is on line {gapYears[year]})");
            }
            else if (wholeYears.TryGetValue(year, out var pointLine))
            {
                g.ReportAt("year", $"{year} has a whole-year point (line {pointLine}) and a gap; a year is either known or not");
            }
        }

        return new StatSeries(id ?? "", name ?? "", category ?? "", unit, kind, definition ?? "",
            [.. aliases.Select(a => a.Value)], notes, points, gaps);
    }

    private static StatPoint ReadPoint(YamlFields p, LoadContext context)
    {
        var year = p.Year() ?? 0;
        var period = p.Text("period");
        var value = p.Number("value") ?? 0;
        var sources = context.Refer(p, "sources", context.Sources, min: 1);
        var flag = p.Flag("; record the year under 'gaps' instead");
        var note = p.Text("note");
        var alternatives = p.Items("alternatives", "alternative", AlternativeKeys, nameKey: "value")
            .Select(a => new StatAlternative(
                a.Number("value") ?? 0,
                context.Refer(a, "sources", context.Sources, min: 1),
                a.Text("note")))
            .ToList();
        if (flag == Flag.C && alternatives.Count == 0)
        {
            p.ReportAt("flag", "flag 'C' (sources conflict) needs 'alternatives' giving the other published value");
        }

        return new StatPoint(year, period, value, sources, flag, note, alternatives);
    }
}
