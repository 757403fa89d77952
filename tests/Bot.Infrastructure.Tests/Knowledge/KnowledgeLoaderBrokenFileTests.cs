using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>Each case is the good fixture with one edit; the problem must name the exact file and line.</summary>
public sealed class KnowledgeLoaderBrokenFileTests
{
    private const string Timeline = "timeline.yaml";
    private const string Sources = "sources.yaml";
    private const string Statistics = "statistics.yaml";
    private const string Glossary = "glossary.yaml";
    private const string Dokdo = "faq/dokdo-takeshima.md";
    private const string Normalization = "faq/normalization-1965.md";

    [Theory]
    // YAML itself
    [InlineData(Timeline, "    title: Treaty on Basic Relations", "   title: Treaty on Basic Relations", 14, "YAML syntax error")]
    [InlineData(Timeline, "    tags: [treaty, normalization]", "    tags: [treaty, normalization", 17, "YAML syntax error")]
    [InlineData(Timeline, "    flag: V2", "    title: Again", 21, "Duplicate key")]
    [InlineData(Timeline, "events:", "event:", 2, "unknown key 'event' (did you mean 'events'?)")]
    [InlineData(Timeline, "events:", "event:", 2, "missing required field 'events'")]
    // Required fields and types
    [InlineData(Timeline, "    significance: The legal basis of relations since 1965.\n", "", 12, "event 'basic-treaty-signed': missing required field 'significance'")]
    [InlineData(Timeline, "    summary: Japan and South Korea normalised relations.", "    summary: \"\"", 15, "required field 'summary' is empty")]
    [InlineData(Glossary, "    ja: 日韓秘密軍事情報保護協定\n", "", 13, "term 'gsomia': missing required field 'ja'")]
    [InlineData(Sources, "    title: Seoul decides to scrap GSOMIA with Tokyo", "    title: [a, b]", 11, "'title' should be text, not a list")]
    [InlineData(Timeline, "    tags: [dokdo, shimane]", "    tags: dokdo", 29, "'tags' should be a list")]
    [InlineData(Glossary, "    aliases: [dokdo, takeshima, liancourt rocks]", "    aliases: {dokdo: 1}", 8, "'aliases' should be a list of text items ([a, b] or '- ' lines), not a mapping")]
    [InlineData(Statistics, "        value: 41.7", "        value: 41.7%", 42, "'value' should be a number")]
    [InlineData(Statistics, "      - year: 2023", "      - year: 2023.5", 41, "'year' should be a four-digit year")]
    // Ids and references
    [InlineData(Sources, "  - id: fki-2012-final", "  - id: yonhap-2019-08-22", 14, "duplicate source id 'yonhap-2019-08-22' (first defined on line 9)")]
    [InlineData(Timeline, "  - id: takeshima-day-ordinance", "  - id: ganghwa-treaty", 23, "duplicate event id 'ganghwa-treaty' (first defined on line 3)")]
    [InlineData(Glossary, "  - id: gsomia", "  - id: GSOMIA", 13, "invalid id 'GSOMIA'")]
    [InlineData(Timeline, "    sources: [wikisource-basic-treaty]", "    sources: [wikisource-basic-treatyx]", 20, "unknown source id 'wikisource-basic-treatyx'")]
    [InlineData(Statistics, "            sources: [ajunews-2012-01-26]", "            sources: [ajunews-2012-01-27]", 19, "alternative 68.2: unknown source id 'ajunews-2012-01-27'")]
    [InlineData(Dokdo, "sources: [mofa-kr-dokdo, mofa-jp-takeshima]", "sources:\n  - mofa-kr-dokdo\n  - mofa-jp-takeshimax", 11, "unknown source id 'mofa-jp-takeshimax'")]
    [InlineData(Timeline, "    related_faq: [normalization-1965]", "    related_faq: [normalisation-1965]", 19, "unknown FAQ id 'normalisation-1965'")]
    [InlineData(Glossary, "    related_faq: [dokdo-takeshima]", "    related_faq: [dokdo]", 11, "unknown FAQ id 'dokdo'")]
    [InlineData(Normalization, "related_events: [basic-treaty-signed]", "related_events: [basic-treaty]", 9, "unknown event id 'basic-treaty'")]
    // Dates
    [InlineData(Timeline, "    date: \"1965-06-22\"", "    date: \"2019-02-30\"", 13, "impossible or malformed date '2019-02-30'")]
    [InlineData(Timeline, "    date: \"2005-03\"", "    date: \"2019-13\"", 24, "impossible or malformed date '2019-13'")]
    [InlineData(Timeline, "    date: \"1965-06-22\"", "    date: 22/06/1965", 13, "impossible or malformed date '22/06/1965'")]
    [InlineData(Sources, "    date: \"2012-01-26\"", "    date: \"2012-02-30\"", 21, "impossible or malformed date '2012-02-30'")]
    [InlineData(Timeline, "    end_date: \"2019-11-22\"", "    end_date: \"2019-08-21\"", 35, "'end_date' 2019-08-21 is before 'date' 2019-08-22")]
    // Flags
    [InlineData(Timeline, "    flag: V2", "    flag: U", 21, "unverifiable claims must not be entered")]
    [InlineData(Statistics, "        flag: D", "        flag: U", 44, "unverifiable claims must not be entered as facts; record the year under 'gaps'")]
    [InlineData(Timeline, "    flag: W", "    flag: X", 10, "unknown flag 'X' (allowed: V, V2, W, C, D)")]
    // Statistics
    [InlineData(Statistics, "    unit: percent\n", "", 33, "missing required field 'unit' (allowed: usd_billion, usd_million")]
    [InlineData(Statistics, "    unit: usd_billion", "    unit: usd_bn", 6, "unknown unit 'usd_bn' (allowed: usd_billion, usd_million")]
    [InlineData(Statistics, "        sources: [gallup-korea-2023]\n", "", 41, "series 'favourable-view-of-japan', point 2023: missing required field 'sources'")]
    [InlineData(Statistics, "        sources: [fki-2012-final]", "        sources: []", 14, "'sources' needs at least 1 item, found 0")]
    [InlineData(Statistics, "    category: opinion", "    category: polls", 35, "unknown category 'polls' (allowed: trade, investment")]
    [InlineData(Statistics, "    kind: level", "    kind: stock", 37, "unknown kind 'stock' (allowed: flow, level)")]
    [InlineData(Statistics, "        period: Jan–Sep\n", "", 24, "a second whole-year point for 2019 (the first is on line 21)")]
    [InlineData(Statistics, "      - year: 2021", "      - year: 2011", 30, "2011 has a whole-year point (line 12) and a gap")]
    [InlineData(Statistics, "        alternatives:\n          - value: 68.2\n            sources: [ajunews-2012-01-26]\n            note: KITA preliminary\n", "", 15, "flag 'C' (sources conflict) needs 'alternatives'")]
    // Glossary and sources
    [InlineData(Glossary, "    kind: place", "    kind: island", 4, "unknown kind 'island' (allowed: person, place, term, organisation)")]
    [InlineData(Sources, "    url: https://en.wikisource.org/wiki/", "    url: en.wikisource.org/wiki/", 7, "'url' should be an absolute http(s) address")]
    [InlineData(Timeline, "    tags: [treaty]", "    tags: [Treaty]", 8, "tag 'Treaty' should be lowercase")]
    // Unknown keys (typos)
    [InlineData(Timeline, "    sources: [wikisource-ganghwa-treaty]", "    soruces: [wikisource-ganghwa-treaty]", 9, "unknown key 'soruces' (did you mean 'sources'?)")]
    [InlineData(Timeline, "    sources: [wikisource-ganghwa-treaty]", "    soruces: [wikisource-ganghwa-treaty]", 3, "event 'ganghwa-treaty': missing required field 'sources'")]
    [InlineData(Normalization, "aliases: [1965 treaty", "alias: [1965 treaty", 7, "unknown key 'alias' (did you mean 'aliases'?)")]
    // FAQ files
    [InlineData(Dokdo, "## Tokyo's position", "## Japan's position", 8, "needs a section whose heading starts with 'Tokyo'")]
    [InlineData(Dokdo, "## Seoul's position", "## Korea's position", 8, "needs a section whose heading starts with 'Seoul'")]
    [InlineData(Dokdo, "contested: true", "contested: maybe", 8, "'contested' should be true or false")]
    [InlineData(Dokdo, "  - what are the liancourt rocks\n", "", 3, "'questions' needs at least 3 items, found 2")]
    [InlineData(Normalization, "sources: [wikisource-basic-treaty]\n", "", 2, "FAQ 'normalization-1965': missing required field 'sources'")]
    [InlineData(Normalization, "  - what is the 1965 treaty", " - what is the 1965 treaty", 5, "YAML syntax error")]
    [InlineData(Normalization, "Japan and South Korea normalised relations with the Treaty on Basic Relations, signed on 22 June 1965.\n", "", 12, "the summary (the text before the first '## ' heading) is empty")]
    [InlineData(Normalization, "It established diplomatic relations.\n", "", 13, "section 'What the treaty did' is empty")]
    [InlineData(Normalization, "---\ntitle: The 1965", "title: The 1965", 1, "must start with front matter")]
    [InlineData(Dokdo, "related_events: [takeshima-day-ordinance]\n---\n", "related_events: [takeshima-day-ordinance]\n", 1, "the front matter is not closed")]
    public void Load_OneBrokenEdit_ReportsProblemAtFileAndLine(string file, string find, string replace, int line, string fragment)
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(file, find, replace);

        var result = kb.Load();

        ProblemAssert.Has(result, kb.Root, file, line, fragment);
    }

    [Theory]
    [InlineData(Glossary, "", 1, "the file is empty; it should hold 'terms:'")]
    [InlineData(Glossary, "# nothing yet\n", 1, "the file is empty")]
    [InlineData(Sources, "sources:\n  id: a\n  title: b\n", 2, "'sources' should be a list of source entries")]
    [InlineData(Sources, "just some text\n", 1, "expected a mapping of fields (sources: …), found 'just some text'")]
    [InlineData(Timeline, "- a\n- b\n", 1, "expected a mapping of fields (events: …), found a list")]
    [InlineData(Timeline, "events:\n", 1, "required field 'events' is empty")]
    [InlineData(Timeline, "events: []\n", 1, "'events' needs at least 1 item, found 0")]
    [InlineData(Glossary, "terms: []\n---\nterms: []\n", 2, "more than one YAML document")]
    [InlineData(Statistics, "series:\n  - id: x\n    points: [\n", 4, "YAML syntax error")]
    public void Load_FileWithWrongShape_ReportsProblemAtLine(string file, string content, int line, string fragment)
    {
        using var kb = new KnowledgeFixture();
        kb.Write(file, content);

        var result = kb.Load();

        ProblemAssert.Has(result, kb.Root, file, line, fragment);
    }

    [Theory]
    [InlineData(Sources)]
    [InlineData(Timeline)]
    [InlineData(Statistics)]
    [InlineData(Glossary)]
    public void Load_MissingFile_ReportsMissingFile(string file)
    {
        using var kb = new KnowledgeFixture();
        kb.Delete(file);

        var result = kb.Load();

        ProblemAssert.Has(result, kb.Root, file, 0, $"missing file: {file} is required");
    }

    [Theory]
    [InlineData(Sources, null)]
    [InlineData(Sources, "sources: [\n")]
    [InlineData(Timeline, "events:\n")]
    [InlineData(Timeline, "event:\n  - id: a\n")]
    public void Load_UnusableFile_DoesNotAlsoReportEveryReferenceToItAsUnknown(string file, string? content)
    {
        using var kb = new KnowledgeFixture();
        if (content is null)
        {
            kb.Delete(file);
        }
        else
        {
            kb.Write(file, content);
        }

        var result = kb.Load();

        Assert.NotEmpty(result.Problems);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("unknown", StringComparison.Ordinal) && !p.File.EndsWith(file, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, 1, "not UTF-8 text")]
    [InlineData(new byte[] { 0x74, 0x65, 0x72, 0x6D, 0x73, 0x3A, 0x0A, 0x0A, 0xFF, 0xFE, 0x41 }, 3, "not UTF-8 text")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00, 0xC3 }, 1, "binary data")]
    public void Load_BinaryGarbageFile_ReportsNotText(byte[] bytes, int line, string fragment)
    {
        using var kb = new KnowledgeFixture();
        kb.Write(Glossary, bytes);

        var result = kb.Load();

        ProblemAssert.Has(result, kb.Root, Glossary, line, fragment);
    }

    [Fact]
    public void Load_BinaryFaqFile_ReportsNotText()
    {
        using var kb = new KnowledgeFixture();
        kb.Write(Dokdo, [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01]);

        ProblemAssert.Has(kb.Load(), kb.Root, Dokdo, 2, "binary data");
    }

    [Fact]
    public void Load_TitleOver120Characters_ReportsTitleLine()
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Timeline, "    title: Seoul gives notice to end GSOMIA, then suspends it", "    title: " + new string('x', 121));

        ProblemAssert.Has(kb.Load(), kb.Root, Timeline, 36, "'title' is 121 characters long; keep it to 120");
    }

    [Fact]
    public void Load_FaqFileNameNotAnId_ReportsFileName()
    {
        using var kb = new KnowledgeFixture();
        File.Move(kb.PathOf(Normalization), kb.PathOf("faq/Normalization 1965.md"));

        ProblemAssert.Has(kb.Load(), kb.Root, "faq/Normalization 1965.md", 1, "'Normalization 1965.md' is not a valid FAQ id");
    }

    [Fact]
    public void Load_ProblemsInSeveralFiles_ReportsEveryOneInFileAndLineOrder()
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Timeline, "    flag: V2", "    flag: U")
          .Edit(Timeline, "    date: \"2005-03\"", "    date: \"2005-13\"")
          .Edit(Statistics, "    unit: usd_billion", "    unit: usd_bn")
          .Edit(Dokdo, "## Tokyo's position", "## Japan's position")
          .Edit(Glossary, "    kind: place", "    kind: island");

        var result = kb.Load();

        Assert.Equal(5, result.Problems.Count);
        Assert.Equal(
            [(Dokdo, 8), (Glossary, 4), (Statistics, 6), (Timeline, 21), (Timeline, 24)],
            result.Problems.Select(p => (Path.GetRelativePath(kb.Root, Path.GetFullPath(p.File)).Replace('\\', '/'), p.Line)));
    }
}
