using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Knowledge.Localization;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>The good fixture with its ko/ and ja/ translations: what loads, what the model exposes, what falls back.</summary>
public sealed class TranslationLoaderTests
{
    private static KnowledgeBase LoadTranslated(Action<KnowledgeFixture>? edit = null)
    {
        using var fixture = KnowledgeFixture.Translated();
        edit?.Invoke(fixture);
        var result = fixture.Load();
        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        return result.Knowledge!;
    }

    [Fact]
    public void Load_TranslatedFixture_IsValidWithoutProblemsOrWarnings()
    {
        using var fixture = KnowledgeFixture.Translated();

        var result = fixture.Load();

        Assert.Empty(result.Problems);
        Assert.Empty(result.Warnings);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void EventText_TranslatedEvent_GivesTheLanguageAndItsDateNote()
    {
        var kb = LoadTranslated();
        var ordinance = kb.Event("takeshima-day-ordinance")!;

        var ko = ordinance.Text(Lang.Ko);
        var ja = ordinance.Text(Lang.Ja);

        Assert.Equal(Lang.Ko, ko.Lang);
        Assert.Equal("시마네현, ‘다케시마의 날’ 제정", ko.Title);
        Assert.Equal("시마네현 의회는 2월 22일을 다케시마의 날로 정하는 조례를 통과시켰다.", ko.Summary);
        Assert.Equal("매년 2월 되풀이되는 갈등 요인이다.", ko.Significance);
        Assert.Equal("정확한 날짜는 확인되지 않았다.", ko.DateNote);
        Assert.Equal((Lang.Ja, "島根県が「竹島の日」を制定"), (ja.Lang, ja.Title));
        Assert.Equal(new EventText(Lang.En, ordinance.Title, ordinance.Summary, ordinance.Significance, "exact day not verified"), ordinance.Text(Lang.En));
    }

    [Fact]
    public void EventText_NoJapaneseTranslation_FallsBackToEnglishAndSaysSo()
    {
        var gsomia = LoadTranslated().Event("gsomia-termination-notice")!;

        var ja = gsomia.Text(Lang.Ja);

        Assert.Equal(Lang.En, ja.Lang);
        Assert.Equal("Seoul gives notice to end GSOMIA, then suspends it", ja.Title);
        Assert.Equal(Lang.Ko, gsomia.Text(Lang.Ko).Lang);
        Assert.Equal([Lang.Ko], gsomia.Translations.Languages);
    }

    [Fact]
    public void EventText_TranslationWithoutTheDateNote_KeepsTheEnglishNote()
    {
        var kb = LoadTranslated(f => f.Edit("ja/timeline.yaml", "    date_note: \"正確な日付は確認されていない。\"\n", ""));

        var ja = kb.Event("takeshima-day-ordinance")!.Text(Lang.Ja);

        Assert.Equal(Lang.Ja, ja.Lang);
        Assert.Equal("exact day not verified", ja.DateNote);
    }

    [Fact]
    public void SeriesText_GivesNameDefinitionNotesAndEveryKindOfNote()
    {
        var imports = LoadTranslated().Series("kr-imports-from-japan")!;
        var y2011 = imports.ForYear(2011)!;

        Assert.Equal(new SeriesText(Lang.Ko, "한국의 대일 수입", "한국이 일본에서 수입한 상품, 역년 기준.", "잠정치와 확정치는 조금 다르다."), imports.Text(Lang.Ko));
        Assert.Equal("韓国の対日輸入", imports.Text(Lang.Ja).Name);
        Assert.Equal("확정치다.", y2011.NoteIn(Lang.Ko));
        Assert.Equal("確定値である。", y2011.NoteIn(Lang.Ja));
        Assert.Equal("Final figure.", y2011.NoteIn(Lang.En));
        Assert.Equal("한국무역협회 잠정치", y2011.Alternatives[0].NoteIn(Lang.Ko));
        Assert.Equal("検証できる数字は見つからなかった。", imports.GapFor(2021)!.NoteIn(Lang.Ja));
        // A point without a note has none in any language; the lists a series computes hold the translated points.
        Assert.Null(imports.ForYear(2019)!.NoteIn(Lang.Ko));
        Assert.Equal("확정치다.", imports.YearPoints[0].NoteIn(Lang.Ko));
    }

    [Fact]
    public void SeriesText_SeriesWithoutNotes_HasNoNotesInAnyLanguage()
    {
        var opinion = LoadTranslated().Series("favourable-view-of-japan")!;

        Assert.Equal("일본에 호감을 가진 한국인", opinion.Text(Lang.Ko).Name);
        Assert.Null(opinion.Text(Lang.Ko).Notes);
    }

    [Fact]
    public void TermText_GivesDescriptionNoteAndName()
    {
        var kb = LoadTranslated();
        var dokdo = kb.Glossary.Single(t => t.Id == "dokdo");
        var gsomia = kb.Glossary.Single(t => t.Id == "gsomia");

        Assert.Equal(new TermText(Lang.Ja, "韓国が管轄し、日本が領有権を主張している島々。", "韓国は独島、日本は竹島と呼ぶ。"), dokdo.Text(Lang.Ja));
        Assert.Equal("독도", dokdo.Name(Lang.Ko));
        Assert.Equal("2016년 체결된 한일 군사정보보호협정.", gsomia.Text(Lang.Ko).Description);
        Assert.Null(gsomia.Text(Lang.Ko).Note);
    }

    [Fact]
    public void FaqFor_GivesSectionsInTheEnglishOrderAndThePositionsByPlace()
    {
        var dokdo = LoadTranslated().Faq("dokdo-takeshima")!;

        var ko = dokdo.For(Lang.Ko);

        Assert.Equal(Lang.Ko, ko.Lang);
        Assert.Equal("독도(일본명 다케시마)", ko.Title);
        Assert.Equal("독도(일본명 다케시마)는 한국이 관할하고 일본이 영유권을 주장하는 섬들이다.\n양국 정부는 매년 각자의 입장을 밝힌다.", ko.Summary);
        Assert.Equal(["한국 정부의 입장", "일본 정부의 입장", "배경"], ko.Sections.Select(s => s.Heading));
        Assert.Equal(["한국 정부의 입장", "일본 정부의 입장"], ko.Positions.Select(s => s.Heading));
        Assert.Equal(["韓国政府の立場", "日本政府の立場"], dokdo.For(Lang.Ja).Positions.Select(s => s.Heading));
        Assert.Equal(dokdo.Positions, dokdo.For(Lang.En).Positions);
    }

    [Fact]
    public void Load_OnlyAKoreanFolderWithSomeFiles_LoadsAndTheRestFallsBack()
    {
        var kb = LoadTranslated(f =>
        {
            Directory.Delete(f.PathOf("ja"), recursive: true);
            f.Delete("ko/statistics.yaml");
        });

        Assert.Equal(Lang.Ko, kb.Event("ganghwa-treaty")!.Text(Lang.Ko).Lang);
        Assert.Equal(Lang.En, kb.Event("ganghwa-treaty")!.Text(Lang.Ja).Lang);
        Assert.Equal(Lang.En, kb.Series("kr-imports-from-japan")!.Text(Lang.Ko).Lang);
        Assert.Equal("Final figure.", kb.Series("kr-imports-from-japan")!.ForYear(2011)!.NoteIn(Lang.Ko));
    }

    [Fact]
    public void Load_TranslationEdited_ChangesTheVersion()
    {
        var before = LoadTranslated().Version;

        var after = LoadTranslated(f => f.Edit("ko/glossary.yaml", "섬들.", "섬들이다.")).Version;

        Assert.NotEqual(before, after);
        Assert.NotEqual(new KnowledgeLoader().Load(KnowledgeFixture.GoodFolder).Knowledge!.Version, before);
    }

    [Fact]
    public void Coverage_TranslatedFixture_CountsEntriesAndFieldsPerFileAndLanguage()
    {
        var kb = LoadTranslated();

        var rows = TranslationCoverage.Of(kb);

        // ja lacks one event of four: its title, summary and significance (3 of 13 fields; one event has a date note).
        Assert.Equal(new CoverageRow("timeline.yaml", Lang.Ja, 4, 3, 13, 10), rows.Single(r => r.File == "timeline.yaml" && r.Lang == Lang.Ja));
        Assert.Equal(new CoverageRow("timeline.yaml", Lang.Ko, 4, 4, 13, 13), rows.Single(r => r.File == "timeline.yaml" && r.Lang == Lang.Ko));
        // name, definition, notes, the 2011 note, its alternative's note, the 2021 gap; then name and definition.
        Assert.Equal(8, rows.Single(r => r.File == "statistics.yaml" && r.Lang == Lang.Ko).Fields);
        // title, summary and three sections.
        Assert.Equal(5, rows.Single(r => r.File == "faq/dokdo-takeshima.md" && r.Lang == Lang.Ja).TranslatedFields);
        Assert.Equal("ko 100%, ja 90%", TranslationCoverage.Summarize(kb));
    }

    [Fact]
    public void Coverage_NoTranslations_IsZeroAndTheTableListsEveryFile()
    {
        var kb = new KnowledgeLoader().Load(KnowledgeFixture.GoodFolder).Knowledge!;

        var table = TranslationCoverage.Table(kb);

        Assert.Equal("ko 0%, ja 0%", TranslationCoverage.Summarize(kb));
        Assert.Contains("faq/normalization-1965.md", table, StringComparison.Ordinal);
        Assert.Matches(@"all files\s+0/10 0%\s+0/33 0%\s+0/10 0%\s+0/33 0%", table);
    }
}
