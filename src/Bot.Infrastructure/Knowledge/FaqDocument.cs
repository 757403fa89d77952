namespace Bot.Infrastructure.Knowledge;

/// <summary>
/// An FAQ file (faq/*.md, or its translation) split into its YAML front matter, between <c>---</c> lines, and its Markdown
/// body (the summary, then one section per <c>## </c> heading).
/// </summary>
internal sealed record FaqDocument(string[] Lines, int Close, FaqBody Body)
{
    /// <summary>The file line of the first body line (1-based).</summary>
    public int FirstBodyLine => Close + 2;

    /// <summary>The front matter text, whose line 1 is file line 2.</summary>
    public string FrontMatter => string.Join('\n', Lines[1..Close]);

    /// <summary>The document, or null when the file is not text or its front matter is not delimited (reported).</summary>
    public static FaqDocument? Open(KnowledgeFile file)
    {
        var log = file.Log;
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
        return new FaqDocument(lines, close, FaqBody.Split(lines[(close + 1)..], close + 2));
    }

    /// <summary>Reports an empty summary, headings without text and empty sections.</summary>
    public void CheckBody(ProblemLog log, string subject)
    {
        if (Body.Summary.Length == 0)
        {
            log.At(Body.Sections.Count > 0 ? Body.Sections[0].Line : FirstBodyLine,
                $"{subject}: the summary (the text before the first '## ' heading) is empty");
        }

        foreach (var section in Body.Sections)
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
