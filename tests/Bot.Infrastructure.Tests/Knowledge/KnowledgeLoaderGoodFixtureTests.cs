using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

public sealed class KnowledgeLoaderGoodFixtureTests
{
    private static readonly KnowledgeBase Knowledge = LoadGood();

    private static KnowledgeBase LoadGood()
    {
        var result = new KnowledgeLoader().Load(KnowledgeFixture.GoodFolder);
        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        return result.Knowledge!;
    }

    [Fact]
    public void Load_GoodFixture_IsValidWithoutProblems()
    {
        var result = new KnowledgeLoader().Load(KnowledgeFixture.GoodFolder);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        Assert.NotNull(result.Knowledge);
    }

    [Fact]
    public void Load_GoodFixture_ReadsSourcesWithPartialDatesAndUrls()
    {
        Assert.Equal(8, Knowledge.Sources.Count);
        var treaty = Knowledge.Sources["wikisource-basic-treaty"];
        Assert.Equal("Wikisource", treaty.Publisher);
        Assert.Equal(new PartialDate(1965, 6), treaty.Date);
        Assert.StartsWith("https://en.wikisource.org/", treaty.Url, StringComparison.Ordinal);
        var fki = Knowledge.Sources["fki-2012-final"];
        Assert.Null(fki.Date);
        Assert.Null(fki.Url);
        Assert.Equal(new PartialDate(2023), Knowledge.Sources["gallup-korea-2023"].Date);
    }

    [Fact]
    public void Load_GoodFixture_ReadsTimelineInDateOrder()
    {
        Assert.Equal(
            ["ganghwa-treaty", "basic-treaty-signed", "takeshima-day-ordinance", "gsomia-termination-notice"],
            Knowledge.Timeline.Select(e => e.Id));

        var treaty = Knowledge.Event("basic-treaty-signed")!;
        Assert.Equal(new PartialDate(1965, 6, 22), treaty.Date);
        Assert.Null(treaty.EndDate);
        Assert.Equal("Treaty on Basic Relations signed in Tokyo", treaty.Title);
        Assert.Equal(["treaty", "normalization"], treaty.Tags);
        Assert.Equal(["basic treaty", "한일기본조약", "日韓基本条約"], treaty.Aliases);
        Assert.Equal(["normalization-1965"], treaty.RelatedFaq);
        Assert.Equal(["wikisource-basic-treaty"], treaty.SourceIds);
        Assert.Equal(Flag.V2, treaty.Flag);
    }

    [Fact]
    public void Load_GoodFixture_ReadsPartialDatesEndDatesAndDefaultFlag()
    {
        var ordinance = Knowledge.Event("takeshima-day-ordinance")!;
        Assert.Equal(new PartialDate(2005, 3), ordinance.Date);
        Assert.False(ordinance.Date.IsExact);
        Assert.Equal("exact day not verified", ordinance.DateNote);
        Assert.Equal(Flag.V, ordinance.Flag);

        var gsomia = Knowledge.Event("gsomia-termination-notice")!;
        Assert.Equal(new PartialDate(2019, 11, 22), gsomia.EndDate);
        Assert.Empty(gsomia.Tags);
        Assert.Empty(gsomia.RelatedFaq);
        Assert.Equal(new PartialDate(2019, 11, 22), Knowledge.AsOf);
    }

    [Fact]
    public void Load_GoodFixture_ReadsSeriesWithUnitKindAndCategory()
    {
        Assert.Equal(["kr-imports-from-japan", "favourable-view-of-japan"], Knowledge.Statistics.Select(s => s.Id));
        var imports = Knowledge.Series("kr-imports-from-japan")!;
        Assert.Equal("South Korea's imports from Japan", imports.Name);
        Assert.Equal("trade", imports.Category);
        Assert.Equal(StatUnit.UsdBillion, imports.Unit);
        Assert.Equal(SeriesKind.Flow, imports.Kind);
        Assert.Equal(["imports", "imports from japan", "수입", "輸入"], imports.Aliases);
        Assert.Equal("Preliminary and final figures differ slightly.", imports.Notes);

        var opinion = Knowledge.Series("favourable-view-of-japan")!;
        Assert.Equal(StatUnit.Percent, opinion.Unit);
        Assert.Equal(SeriesKind.Level, opinion.Kind);
        Assert.Equal(Flag.D, opinion.ForYear(2023)!.Flag);
        Assert.Null(opinion.Notes);
    }

    [Fact]
    public void Load_GoodFixture_ReadsPointsAlternativesPeriodsAndGaps()
    {
        var imports = Knowledge.Series("kr-imports-from-japan")!;
        Assert.Equal(3, imports.Points.Count);

        var y2011 = imports.ForYear(2011)!;
        Assert.Equal(68.3, y2011.Value);
        Assert.Equal(Flag.C, y2011.Flag);
        Assert.Equal(["fki-2012-final"], y2011.SourceIds);
        Assert.Equal("Final figure.", y2011.Note);
        var alternative = Assert.Single(y2011.Alternatives);
        Assert.Equal(68.2, alternative.Value);
        Assert.Equal(["ajunews-2012-01-26"], alternative.SourceIds);
        Assert.Equal("KITA preliminary", alternative.Note);

        // The part-year point and the whole-year point for 2019 both load; the whole year answers "2019".
        Assert.Equal(47.6, imports.ForYear(2019)!.Value);
        var partYear = imports.Points.Single(p => p.Period is not null);
        Assert.Equal("2019 (Jan–Sep)", partYear.Label);
        Assert.Equal(35.8, partYear.Value);
        Assert.Equal([2011, 2019], imports.YearPoints.Select(p => p.Year));

        var gap = Assert.Single(imports.Gaps);
        Assert.Equal(new StatGap(2021, "No verifiable figure found."), gap);
    }

    [Fact]
    public void Load_GoodFixture_ReadsFaqFrontMatterAndSections()
    {
        Assert.Equal(["dokdo-takeshima", "normalization-1965"], Knowledge.Faqs.Select(f => f.Id));
        var dokdo = Knowledge.Faq("dokdo-takeshima")!;
        Assert.Equal("Dokdo / Takeshima", dokdo.Title);
        Assert.Equal(3, dokdo.Questions.Count);
        Assert.Equal("who owns takeshima", dokdo.Questions[1]);
        Assert.Contains("竹島", dokdo.Aliases);
        Assert.True(dokdo.Contested);
        Assert.Equal(["mofa-kr-dokdo", "mofa-jp-takeshima"], dokdo.SourceIds);
        Assert.Equal(["takeshima-day-ordinance"], dokdo.RelatedEvents);
        Assert.Equal(
            "Dokdo (Takeshima in Japan) is a group of islets administered by South Korea and claimed by Japan.\n"
            + "Both governments state their positions every year.",
            dokdo.Summary);
        Assert.Equal(["Seoul's position", "Tokyo's position", "Background"], dokdo.Sections.Select(s => s.Heading));
        Assert.Equal("Seoul says the islets are Korean territory.", dokdo.Sections[0].Body);
        Assert.Equal(["Seoul's position", "Tokyo's position"], dokdo.Positions.Select(s => s.Heading));

        var normalization = Knowledge.Faq("normalization-1965")!;
        Assert.False(normalization.Contested);
        Assert.Empty(normalization.Positions);
        Assert.Equal(["basic-treaty-signed"], normalization.RelatedEvents);
    }

    [Fact]
    public void Load_GoodFixture_ReadsGlossaryNames()
    {
        Assert.Equal(["dokdo", "gsomia"], Knowledge.Glossary.Select(t => t.Id));
        var dokdo = Knowledge.Glossary[0];
        Assert.Equal("place", dokdo.Kind);
        Assert.Equal("Dokdo / Takeshima (Liancourt Rocks)", dokdo.English);
        Assert.Equal("독도", dokdo.Korean);
        Assert.Equal("竹島", dokdo.Japanese);
        Assert.Equal("Korea calls them Dokdo, Japan Takeshima.", dokdo.Note);
        Assert.Equal(["dokdo-takeshima"], dokdo.RelatedFaq);
        Assert.Contains("Takeshima (Liancourt Rocks)", dokdo.AllNames);

        var gsomia = Knowledge.Glossary[1];
        Assert.Equal("term", gsomia.Kind);
        Assert.Empty(gsomia.Aliases);
        Assert.Null(gsomia.Note);
        Assert.Empty(gsomia.RelatedFaq);
    }

    [Fact]
    public void Load_SameContentInAnotherFolder_GivesSameShortVersion()
    {
        using var copy = new KnowledgeFixture();

        var version = copy.Load().Knowledge!.Version;

        Assert.Equal(Knowledge.Version, version);
        Assert.Matches("^[0-9a-f]{12}$", version);
    }

    [Fact]
    public void Load_ChangedContent_ChangesVersion()
    {
        using var copy = new KnowledgeFixture();
        copy.Edit("glossary.yaml", "Korea calls them Dokdo", "South Korea calls them Dokdo");

        var result = copy.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.NotEqual(Knowledge.Version, result.Knowledge!.Version);
    }

    [Fact]
    public void Load_NoFaqFolder_ReportsOnlyTheReferencesToFaqs()
    {
        using var copy = new KnowledgeFixture();
        Directory.Delete(copy.PathOf("faq"), recursive: true);

        var result = copy.Load();

        Assert.NotEmpty(result.Problems);
        Assert.All(result.Problems, p => Assert.Contains("unknown FAQ id", p.Message, StringComparison.Ordinal));
    }
}
