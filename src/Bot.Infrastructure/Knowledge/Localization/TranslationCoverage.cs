using System.Globalization;
using System.Text;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>How much of one knowledge file is translated into one language.</summary>
/// <param name="File">"timeline.yaml", "faq/gsomia.md".</param>
public sealed record CoverageRow(string File, Lang Lang, int Entries, int TranslatedEntries, int Fields, int TranslatedFields)
{
    public int EntryPercent => TranslationCoverage.Percent(TranslatedEntries, Entries);

    public int FieldPercent => TranslationCoverage.Percent(TranslatedFields, Fields);
}

/// <summary>
/// The translation coverage of a knowledge snapshot, per file and language: entries translated of entries, and text fields
/// translated of text fields (an entry's optional fields count only where the English has them). A missing translation is
/// not an error — the bot answers in English and says so — so this report is how curators see what is left.
/// </summary>
public static class TranslationCoverage
{
    public static IReadOnlyList<CoverageRow> Of(KnowledgeBase knowledge) =>
    [
        .. Langs.Translated.SelectMany(lang => new[]
        {
            Row(KnowledgeLoader.TimelineFile, lang, knowledge.Timeline, e => Count(e, lang)),
            Row(KnowledgeLoader.StatisticsFile, lang, knowledge.Statistics, s => Count(s, lang)),
            Row(KnowledgeLoader.GlossaryFile, lang, knowledge.Glossary, t => Count(t, lang)),
        }.Concat(knowledge.Faqs.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => Row($"faq/{f.Id}.md", lang, [f], x => Count(x, lang))))),
    ];

    /// <summary>"ko 100%, ja 87%": the share of all text fields translated, per language.</summary>
    public static string Summarize(KnowledgeBase knowledge)
    {
        var rows = Of(knowledge);
        return string.Join(", ", Langs.Translated.Select(lang =>
        {
            var of = rows.Where(r => r.Lang == lang).ToList();
            return $"{lang.Code()} {Percent(of.Sum(r => r.TranslatedFields), of.Sum(r => r.Fields))}%";
        }));
    }

    /// <summary>The per-file table of <c>knowledge validate --lang</c>, with a total line per language.</summary>
    public static string Table(KnowledgeBase knowledge)
    {
        var rows = Of(knowledge);
        var files = rows.Select(r => r.File).Distinct().ToList();
        var width = Math.Max(12, files.Max(f => f.Length)) + 2;
        var sb = new StringBuilder();
        sb.Append("file".PadRight(width));
        foreach (var lang in Langs.Translated)
        {
            sb.Append($"{lang.Code()} entries".PadRight(18)).Append($"{lang.Code()} fields".PadRight(18));
        }

        sb.AppendLine();
        foreach (var file in files.Append("all files"))
        {
            sb.Append(file.PadRight(width));
            foreach (var lang in Langs.Translated)
            {
                var of = rows.Where(r => r.Lang == lang && (file == "all files" || r.File == file)).ToList();
                sb.Append(Cell(of.Sum(r => r.TranslatedEntries), of.Sum(r => r.Entries)))
                  .Append(Cell(of.Sum(r => r.TranslatedFields), of.Sum(r => r.Fields)));
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }

    /// <summary>Rounded down: 100% only when nothing is missing.</summary>
    public static int Percent(int part, int whole) => whole == 0 ? 100 : (int)((long)part * 100 / whole);

    private static string Cell(int part, int whole) =>
        $"{part.ToString(CultureInfo.InvariantCulture)}/{whole.ToString(CultureInfo.InvariantCulture)} {Percent(part, whole).ToString(CultureInfo.InvariantCulture)}%".PadRight(18);

    private static CoverageRow Row<T>(string file, Lang lang, IEnumerable<T> entries, Func<T, (bool Translated, int Fields, int TranslatedFields)> count)
    {
        var counts = entries.Select(count).ToList();
        return new CoverageRow(file, lang, counts.Count, counts.Count(c => c.Translated), counts.Sum(c => c.Fields), counts.Sum(c => c.TranslatedFields));
    }

    private static int Has(string? english, string? translated) => english is not null && translated is not null ? 1 : 0;

    private static int Has(string? english) => english is null ? 0 : 1;

    private static (bool, int, int) Count(TimelineEvent e, Lang lang) =>
        e.Translations.In(lang) is { } t ? (true, 3 + Has(e.DateNote), 3 + Has(e.DateNote, t.DateNote)) : (false, 3 + Has(e.DateNote), 0);

    private static (bool, int, int) Count(GlossaryTerm term, Lang lang) =>
        term.Translations.In(lang) is { } t ? (true, 1 + Has(term.Note), 1 + Has(term.Note, t.Note)) : (false, 1 + Has(term.Note), 0);

    private static (bool, int, int) Count(FaqEntry faq, Lang lang) =>
        faq.Translations.In(lang) is { } t ? (true, 2 + faq.Sections.Count, 2 + t.Sections.Count) : (false, 2 + faq.Sections.Count, 0);

    private static (bool, int, int) Count(StatSeries s, Lang lang)
    {
        var points = s.Points.Where(p => p.Note is not null).ToList();
        var alternatives = s.Points.SelectMany(p => p.Alternatives).Where(a => a.Note is not null).ToList();
        var fields = 2 + Has(s.Notes) + points.Count + alternatives.Count + s.Gaps.Count;
        var t = s.Translations.In(lang);
        var translated = (t is null ? 0 : 2 + Has(s.Notes, t.Notes))
            + points.Count(p => p.NoteTranslations.Has(lang))
            + alternatives.Count(a => a.NoteTranslations.Has(lang))
            + s.Gaps.Count(g => g.NoteTranslations.Has(lang));
        return (t is not null, fields, translated);
    }
}
