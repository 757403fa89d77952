using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// Reads <c>ko/faq/*.md</c> or <c>ja/faq/*.md</c>: the same file name as the English topic, a front matter with its
/// <c>title</c>, the summary, and exactly as many <c>## </c> sections as the English, in the same order.
/// </summary>
internal static class FaqTranslationReader
{
    private static readonly string[] Keys = ["title"];

    public static void Read(IReadOnlyList<KnowledgeFile> files, IReadOnlyList<FaqEntry> english, LanguageTranslations into)
    {
        var faqs = english.DistinctBy(f => f.Id).ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var id = Path.GetFileNameWithoutExtension(file.Relative);
            if (!faqs.TryGetValue(id, out var faq))
            {
                file.Log.At(1, $"unknown FAQ id '{id}': a translated FAQ has the file name of an English faq/*.md");
                continue;
            }

            if (FaqDocument.Open(file) is { } document && Read(file, document, faq, into) is { } text)
            {
                into.Faqs[id] = text;
            }
        }
    }

    private static FaqText? Read(KnowledgeFile file, FaqDocument document, FaqEntry faq, LanguageTranslations into)
    {
        var subject = $"FAQ '{faq.Id}'";
        var log = file.Log;
        document.CheckBody(log, subject);
        var title = Title(file, document, faq, subject, into);

        var body = document.Body;
        var sections = body.Sections;
        if (sections.Count != faq.Sections.Count)
        {
            var line = sections.Count > faq.Sections.Count ? sections[faq.Sections.Count].Line
                : sections.Count > 0 ? sections[^1].Line : document.FirstBodyLine;
            log.At(line, $"{subject}: {sections.Count} section(s), but the English faq/{faq.Id}.md has {faq.Sections.Count}: "
                + "section N translates section N, so a translation has the same '## ' sections in the same order");
        }

        var ends = sections.Select(s => s.Line).Append(document.Lines.Length + 1).ToList();
        var summaryEnd = sections.Count > 0 ? sections[0].Line : document.Lines.Length + 1;
        if (body.Summary.Length > 0)
        {
            Add(into, file, document, $"{subject}, summary", document.FirstBodyLine, summaryEnd, faq.Summary, body.Summary, heading: false);
        }

        // Sections pair up by place; with a section missing or extra, every pair after it would be a false alarm.
        for (var i = 0; sections.Count == faq.Sections.Count && i < sections.Count; i++)
        {
            var (translated, english) = (sections[i], faq.Sections[i]);
            var where = $"{subject}, section {i + 1} ('{english.Heading}')";
            // A section is compared as a whole (its heading may name the figure its body repeats); the heading is
            // also checked on its own, so an untranslated heading is caught.
            Add(into, file, document, where, translated.Line, ends[i + 1], $"{english.Heading}\n{english.Body}",
                $"{translated.Heading}\n{translated.Body}", heading: false);
            Add(into, file, document, $"{where}, heading", translated.Line, translated.Line + 1, english.Heading, translated.Heading,
                heading: true, compareFigures: false);
        }

        return title is null || body.Summary.Length == 0 || sections.Count != faq.Sections.Count
            ? null
            : new FaqText(into.Lang, title, body.Summary, [.. sections.Select(s => new FaqSection(s.Heading, s.Body))]);
    }

    private static string? Title(KnowledgeFile file, FaqDocument document, FaqEntry faq, string subject, LanguageTranslations into)
    {
        // Front-matter line 1 is file line 2.
        var yamlLog = file.Log.Shifted(1);
        if (!YamlText.TryParse(document.FrontMatter, yamlLog, out var root))
        {
            return null;
        }

        if (root is null)
        {
            file.Log.At(1, $"{subject}: the front matter is empty; a translation needs its 'title'");
            return null;
        }

        if (YamlFields.Open(root, yamlLog, subject, Keys, nameKey: null) is not { } f || f.Text("title", required: true) is not { } title)
        {
            return null;
        }

        var line = yamlLog.FileLine(f.ValueLine("title"));
        into.Fields.Add(new TranslatedField(into.Lang, file.Log, $"{subject}, title", line, faq.Title, title, IsHeading: true,
            FiguresComment.Read(FiguresComment.AroundYamlField(document.Lines, line), file.Log), [document.Lines[line - 1]]));
        return title;
    }

    /// <summary>Keeps a text spanning file lines [<paramref name="from"/>, <paramref name="to"/>) for the checks.</summary>
    private static void Add(LanguageTranslations into, KnowledgeFile file, FaqDocument document, string subject, int from, int to,
        string english, string text, bool heading, bool compareFigures = true)
    {
        var lines = document.Lines[(from - 1)..Math.Min(to - 1, document.Lines.Length)];
        var comments = lines.Select((l, i) => (from + i, l)).Where(l => l.l.TrimStart().StartsWith("<!--", StringComparison.Ordinal));
        into.Fields.Add(new TranslatedField(into.Lang, file.Log, subject, from, english, text, heading,
            compareFigures ? FiguresComment.Read(comments, file.Log) : new HashSet<decimal>(), lines, compareFigures));
    }
}
