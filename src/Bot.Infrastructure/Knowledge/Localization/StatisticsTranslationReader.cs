using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// Reads <c>ko/statistics.yaml</c> or <c>ja/statistics.yaml</c>: <c>series:</c> → English series id → name, definition,
/// notes, and the notes of points, alternatives and gaps keyed by year (<c>"2025|as of 30 June"</c> for a part-year point).
/// </summary>
internal static class StatisticsTranslationReader
{
    private static readonly TranslatedKind<StatSeries> Kind = new(
        "series", "series", "series", KnowledgeLoader.StatisticsFile, s => s.Id, ["name", "definition", "notes", "points", "alternatives", "gaps"]);

    public static void Read(KnowledgeFile? file, IReadOnlyList<StatSeries> english, bool englishComplete, LanguageTranslations into)
    {
        foreach (var (series, f, yaml) in YamlTranslationFile.Entries(file, into, Kind, english, englishComplete))
        {
            var name = yaml.Text(f, "name", series.Name, required: true, heading: true);
            var definition = yaml.Text(f, "definition", series.Definition, required: true);
            var notes = yaml.Text(f, "notes", series.Notes, required: false);
            PointNotes(f, series, yaml, into);
            AlternativeNotes(f, series, yaml, into);
            GapNotes(f, series, yaml, into);
            if (name is not null && definition is not null)
            {
                into.Series[series.Id] = new SeriesText(into.Lang, name, definition, notes);
            }
        }
    }

    private static void PointNotes(YamlFields f, StatSeries series, YamlTranslationFile yaml, LanguageTranslations into)
    {
        foreach (var entry in f.Keyed("points", "point notes keyed by year") ?? [])
        {
            if (Point(f, series, entry) is not { } point)
            {
                continue;
            }

            if (point.Note is null)
            {
                f.ReportAtLine(entry.Line, $"the English point {entry.Key} has no note: a translation translates only the notes the English has");
            }
            else if (yaml.Note(f, entry, $"{f.Subject}, point {entry.Key}", point.Note) is { } note)
            {
                into.Notes[point] = note;
            }
        }
    }

    private static void AlternativeNotes(YamlFields f, StatSeries series, YamlTranslationFile yaml, LanguageTranslations into)
    {
        foreach (var entry in f.Keyed("alternatives", "alternative notes keyed by year") ?? [])
        {
            if (Point(f, series, entry) is not { } point)
            {
                continue;
            }

            var noted = point.Alternatives.Where(a => a.Note is not null).ToList();
            if (noted.Count != 1)
            {
                f.ReportAtLine(entry.Line, noted.Count == 0
                    ? $"the English point {entry.Key} has no alternative with a note: a translation translates only the notes the English has"
                    : $"the English point {entry.Key} has {noted.Count} alternatives with notes; a translation holds one (give the point one noted alternative)");
            }
            else if (yaml.Note(f, entry, $"{f.Subject}, alternative of point {entry.Key}", noted[0].Note!) is { } note)
            {
                into.Notes[noted[0]] = note;
            }
        }
    }

    private static void GapNotes(YamlFields f, StatSeries series, YamlTranslationFile yaml, LanguageTranslations into)
    {
        foreach (var entry in f.Keyed("gaps", "gap notes keyed by year") ?? [])
        {
            if (series.Gaps.FirstOrDefault(g => g.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == entry.Key) is not { } gap)
            {
                f.ReportAtLine(entry.Line, $"unknown gap '{entry.Key}': the English series has gaps for {Listed(series.Gaps.Select(g => g.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))}");
            }
            else if (yaml.Note(f, entry, $"{f.Subject}, gap {entry.Key}", gap.Note) is { } note)
            {
                into.Notes[gap] = note;
            }
        }
    }

    /// <summary>The English point a key names: "2011" (whole year) or "2025|as of 30 June" (year|period); reported when none.</summary>
    private static StatPoint? Point(YamlFields f, StatSeries series, KeyedNode entry)
    {
        var bar = entry.Key.IndexOf('|', StringComparison.Ordinal);
        var year = bar < 0 ? entry.Key : entry.Key[..bar].Trim();
        var period = bar < 0 ? null : entry.Key[(bar + 1)..].Trim();
        var point = series.Points.FirstOrDefault(p =>
            p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year && p.Period == period);
        if (point is null)
        {
            f.ReportAtLine(entry.Line, $"unknown point '{entry.Key}': the English series has points {Listed(series.Points.Select(Key))}");
        }

        return point;
    }

    private static string Key(StatPoint p) =>
        p.Period is null ? p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{p.Year}|{p.Period}";

    private static string Listed(IEnumerable<string> keys) => keys.Any() ? string.Join(", ", keys.Select(k => $"'{k}'")) : "none";
}
