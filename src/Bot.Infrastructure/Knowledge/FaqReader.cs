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
        if (KnowledgeText.Decode(file.Bytes, log) is not { } text)
        {
            return null;
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines[0].TrimEnd() != "---")
        {
            log.At(1, "an FAQ file must start with front matter: a '---' line, the YAML fields, and another '---' line");
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            log.At(1, "the front matter is not closed: add a '---' line after the YAML fields");
            return null;
        }

        // Body lines start right after the closing '---' (file line close + 2, 1-based).
        var body = FaqBody.Split(lines[(close + 1)..], close + 2);
        var subject = $"FAQ '{id}'";
        CheckBody(body, log, subject, close + 2);

        // Front-matter line 1 is file line 2.
        var yamlLog = log.Shifted(1);
        if (!YamlText.TryParse(string.Join('\n', lines[1..close]), yamlLog, out var root))
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

    private static void CheckBody(FaqBody body, ProblemLog log, string subject, int firstBodyLine)
    {
        if (body.Summary.Length == 0)
        {
            log.At(body.Sections.Count > 0 ? body.Sections[0].Line : firstBodyLine,
                $"{subject}: the summary (the text before the first '## ' heading) is empty");
        }

        foreach (var section in body.Sections)
        {
            if (section.Heading.Length == 0)
            {
                log.At(section.Line, $"{subject}: a '## ' heading without text");
            }
            else if (section.Body.Length == 0)
            {
                log.At(section.Line, $"{subject}: section '{section.Heading}' is empty");
            }
        }
    }
}
