using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>The English entries of a knowledge folder, before and after their translations are attached.</summary>
internal sealed record KnowledgeEntries(
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<StatSeries> Statistics,
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<FaqEntry> Faqs);

/// <summary>
/// Reads the translation folders (knowledge/ko, knowledge/ja) when present, checks every translated text against its
/// English (figures, script, naming policy) and attaches the translations to the entries. Both folders, and every file in
/// them, are optional: an entry without a translation is answered in English and counted by the coverage report.
/// </summary>
internal static class TranslationLoader
{
    public static KnowledgeEntries Apply(KnowledgeFiles files, LoadContext context, KnowledgeEntries english)
    {
        var languages = new List<LanguageTranslations>();
        foreach (var lang in Langs.Translated.Where(files.HasTranslation))
        {
            var into = new LanguageTranslations(lang);
            TimelineTranslationReader.Read(files.Translation(lang, KnowledgeLoader.TimelineFile), english.Timeline, context.Events.IsComplete, into);
            StatisticsTranslationReader.Read(files.Translation(lang, KnowledgeLoader.StatisticsFile), english.Statistics, context.Series.IsComplete, into);
            GlossaryTranslationReader.Read(files.Translation(lang, KnowledgeLoader.GlossaryFile), english.Glossary, context.Terms.IsComplete, into);
            FaqTranslationReader.Read(files.Faqs(lang), english.Faqs, into);
            foreach (var field in into.Fields)
            {
                TranslationChecks.Check(field);
            }

            languages.Add(into);
        }

        return languages.Count == 0 ? english : Attach(english, languages);
    }

    private static KnowledgeEntries Attach(KnowledgeEntries english, List<LanguageTranslations> languages)
    {
        Translations<string> Notes(object entry) => Of(languages, l => l.Notes.GetValueOrDefault(entry));

        return new KnowledgeEntries(
            [.. english.Timeline.Select(e => e with { Translations = Of(languages, l => l.Events.GetValueOrDefault(e.Id)) })],
            // A new series, not 'with': its point lists are computed from the points it is built with.
            [.. english.Statistics.Select(s => new StatSeries(s.Id, s.Name, s.Category, s.Unit, s.Kind, s.Definition, s.Aliases, s.Notes,
                [.. s.Points.Select(p => p with
                {
                    NoteTranslations = Notes(p),
                    Alternatives = [.. p.Alternatives.Select(a => a with { NoteTranslations = Notes(a) })],
                })],
                [.. s.Gaps.Select(g => g with { NoteTranslations = Notes(g) })])
            {
                Translations = Of(languages, l => l.Series.GetValueOrDefault(s.Id)),
            })],
            [.. english.Glossary.Select(t => t with { Translations = Of(languages, l => l.Terms.GetValueOrDefault(t.Id)) })],
            [.. english.Faqs.Select(f => f with { Translations = Of(languages, l => l.Faqs.GetValueOrDefault(f.Id)) })]);
    }

    private static Translations<T> Of<T>(IEnumerable<LanguageTranslations> languages, Func<LanguageTranslations, T?> pick)
        where T : class
    {
        var found = languages.Select(l => (l.Lang, Text: pick(l))).Where(x => x.Text is not null)
            .Select(x => KeyValuePair.Create(x.Lang, x.Text!)).ToList();
        return found.Count == 0 ? Translations<T>.None : new Translations<T>(found);
    }
}
