using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge;

/// <summary>Reads one <c>faq/*.md</c> file: YAML front matter between <c>---</c> lines, then the Markdown body.</summary>
internal static class FaqReader
{
    private static readonly string[] Keys = ["title", "questions", "aliases", "contested", "sources", "related_events"];
    private const int MinQuestions = 3;

    public static FaqEntry? Read(KnowledgeFile file, LoadContext context)
    {
        var log = file.Log;
        var id = Path.GetFileNameWithoutExtension(file.Relative);
        if (!KnowledgeRules.IsValidId(id))
        {
            log.At(1, $"the file name '{Path.GetFileName(file.Relative)}' is not a valid FAQ id: {KnowledgeRules.IdRule}");
        }

        context.Faqs.TryAdd(id, 1, out _);
        if (FaqDocument.Open(file) is not { } document)
        {
            return null;
        }

        var body = document.Body;
        var subject = $"FAQ '{id}'";
        document.CheckBody(log, subject);

        // Front-matter line 1 is file line 2.
        var yamlLog = log.Shifted(1);
        if (!YamlText.TryParse(document.FrontMatter, yamlLog, out var root))
        {
            return null;
        }

        if (root is null)
        {
            log.At(1, $"{subject}: the front matter is empty; it needs {KnowledgeRules.List(Keys.Where(k => k is not ("contested" or "related_events")))}");
            return null;
        }

        if (YamlFields.Open(root, yamlLog, subject, Keys, nameKey: null) is not { } f)
        {
            return null;
        }

        var entry = new FaqEntry(
            id,
            f.Text("title", required: true) ?? "",
            [.. f.TextList("questions", min: MinQuestions).Select(q => q.Value)],
            [.. f.TextList("aliases", min: 1).Select(a => a.Value)],
            f.Bool("contested"),
            context.Refer(f, "sources", context.Sources, min: 1),
            context.Refer(f, "related_events", context.Events),
            body.Summary,
            [.. body.Sections.Select(s => new FaqSection(s.Heading, s.Body))]);

        if (entry.Contested)
        {
            // The bot must be able to give both governments' positions; never one side alone.
            foreach (var (capital, government) in new[] { ("Seoul", "South Korean"), ("Tokyo", "Japanese") })
            {
                if (!body.Sections.Any(s => s.Heading.StartsWith(capital, StringComparison.OrdinalIgnoreCase)))
                {
                    f.ReportAt("contested", $"a contested topic needs a section whose heading starts with '{capital}' (the {government} government's position)");
                }
            }
        }

        return entry;
    }
}
