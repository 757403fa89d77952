namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>Each case is the translated good fixture with one edit; the problem must name the exact file and line.</summary>
public sealed class TranslationBrokenFileTests
{
    private const string KoTimeline = "ko/timeline.yaml";
    private const string JaTimeline = "ja/timeline.yaml";
    private const string KoStatistics = "ko/statistics.yaml";
    private const string JaStatistics = "ja/statistics.yaml";
    private const string KoGlossary = "ko/glossary.yaml";
    private const string JaGlossary = "ja/glossary.yaml";
    private const string KoDokdo = "ko/faq/dokdo-takeshima.md";
    private const string JaDokdo = "ja/faq/dokdo-takeshima.md";
    private const string KoNormalization = "ko/faq/normalization-1965.md";
    private const string JaNormalization = "ja/faq/normalization-1965.md";

    [Theory]
    // YAML itself
    [InlineData(KoTimeline, "    summary: \"일본과 한국은", "   summary: \"일본과 한국은", 9, "YAML syntax error")]
    [InlineData(KoTimeline, "  gsomia-termination-notice:", "  ganghwa-treaty:", 16, "Duplicate key")]
    [InlineData(JaStatistics, "series:", "serie:", 2, "missing required field 'series'")]
    // Unknown ids
    [InlineData(KoTimeline, "  gsomia-termination-notice:", "  gsomia-notice:", 16, "unknown event id 'gsomia-notice'")]
    [InlineData(KoStatistics, "  favourable-view-of-japan:", "  favorable-view-of-japan:", 13, "unknown series id 'favorable-view-of-japan'")]
    [InlineData(JaGlossary, "  gsomia:", "  gsomia-pact:", 6, "unknown glossary term id 'gsomia-pact'")]
    [InlineData(KoStatistics, "      \"2011\": \"확정치다.\"", "      \"2012\": \"확정치다.\"", 8, "unknown point '2012': the English series has points '2011', '2019|Jan–Sep', '2019'")]
    [InlineData(KoStatistics, "      \"2021\": \"검증할", "      \"2022\": \"검증할", 12, "unknown gap '2022'")]
    [InlineData(KoTimeline, "    title: \"도쿄에서", "    titel: \"도쿄에서", 8, "unknown key 'titel' (did you mean 'title'?)")]
    // Missing required fields
    [InlineData(KoTimeline, "    significance: \"1965년 이후 양국 관계의 법적 토대다.\"\n", "", 8, "event 'basic-treaty-signed': missing required field 'significance'")]
    [InlineData(JaStatistics, "    definition: \"日本に好感を持つと答えた韓国の成人の割合。\"\n", "", 14, "series 'favourable-view-of-japan': missing required field 'definition'")]
    [InlineData(KoGlossary, "    description: \"2016년", "    description: \"\"\n    note: \"2016년", 7, "required field 'description' is empty")]
    [InlineData(KoNormalization, "title: \"1965년 국교 정상화\"", "titel: \"1965년 국교 정상화\"", 2, "FAQ 'normalization-1965': missing required field 'title'")]
    // A translation of a field the English entry doesn't have
    [InlineData(KoTimeline, "    significance: \"1965년 이후 양국 관계의 법적 토대다.\"", "    significance: \"1965년 이후 양국 관계의 법적 토대다.\"\n    date_note: \"날짜.\"", 11, "the English entry has no 'date_note'")]
    [InlineData(KoGlossary, "    description: \"2016년 체결된 한일 군사정보보호협정.\"", "    description: \"2016년 체결된 한일 군사정보보호협정.\"\n    note: \"메모다.\"", 8, "the English entry has no 'note'")]
    [InlineData(KoStatistics, "    definition: \"일본에 호감을 느낀다고 답한 한국 성인의 비율.\"", "    definition: \"일본에 호감을 느낀다고 답한 한국 성인의 비율.\"\n    notes: \"메모다.\"", 16, "the English entry has no 'notes'")]
    [InlineData(KoStatistics, "      \"2011\": \"확정치다.\"", "      \"2011\": \"확정치다.\"\n      \"2019\": \"메모다.\"", 9, "the English point 2019 has no note")]
    [InlineData(JaStatistics, "      \"2011\": \"韓国貿易協会の速報値\"", "      \"2019\": \"韓国貿易協会の速報値\"", 10, "the English point 2019 has no alternative with a note")]
    // FAQ sections: section N translates section N
    [InlineData(KoNormalization, "\n## 청구권 해결\n별도의 협정으로 재산 청구권 문제를 해결했다.\n", "\n", 6, "1 section(s), but the English faq/normalization-1965.md has 2")]
    [InlineData(JaDokdo, "島根県は2005年に「竹島の日」を制定した。\n", "島根県は2005年に「竹島の日」を制定した。\n\n## 余分な節\n本文である。\n", 16, "4 section(s), but the English faq/dokdo-takeshima.md has 3")]
    [InlineData(KoDokdo, "## 배경\n시마네현은", "## 배경\n\n## 더 보기\n시마네현은", 13, "section '배경' is empty")]
    // Figures: a value that drifted from the English
    [InlineData(KoNormalization, "1965년 6월 22일", "1965년 6월 23일", 4, "figures that are not in the English: '6월 23일' (23 June)")]
    [InlineData(KoNormalization, "1965년 6월 22일", "1965년 6월 23일", 4, "figures of the English are missing from the translation: '22 June', '22' (")]
    [InlineData(JaNormalization, "1965年6月22日", "1966年6月22日", 4, "figures that are not in the English: '1966'")]
    [InlineData(KoTimeline, "2월 22일을", "3월 22일을", 13, "figures that are not in the English: '3월 22일' (22 March), '3월' (March)")]
    [InlineData(JaGlossary, "2016年に締結", "2015年に締結", 7, "figures that are not in the English: '2015'")]
    [InlineData(KoDokdo, "2005년 ‘다케시마의 날’", "2006년 ‘다케시마의 날’", 14, "figures that are not in the English: '2006'")]
    [InlineData(KoTimeline, "세 달 뒤", "4개월 뒤", 18, "figures that are not in the English: '4'")]
    // Script: Korean in Hangul, Japanese in kana; the other script only for a cited term
    [InlineData(KoGlossary, "    description: \"한국이 관할하고 일본이 영유권을 주장하는 섬들.\"", "    description: \"韓国が管轄する島々。\"", 4, "a Korean text must be written in Hangul")]
    [InlineData(KoTimeline, "근대 한일 관계의 출발점이다.", "근대 한일 관계의 출발점である.", 6, "'である' is Japanese kana in a Korean text")]
    [InlineData(KoTimeline, "일본과 조선은 조선의", "日本과 조선은 조선의", 5, "'日本' is hanja in a Korean text")]
    [InlineData(KoDokdo, "## 배경", "## Background", 13, "heading: a Korean text must be written in Hangul")]
    [InlineData(JaGlossary, "    description: \"韓国が管轄し、日本が領有権を主張している島々。\"", "    description: \"한국이 관할하는 섬들.\"", 4, "a Japanese text must be written in Japanese; this is Korean")]
    [InlineData(JaTimeline, "日本と韓国は国交を正常化した。", "日本と한국は国交を正常化した。", 9, "'한국' is Hangul in a Japanese text")]
    [InlineData(JaTimeline, "1965年以降の両国関係の法的基盤である。", "The legal basis of relations since 1965.", 10, "a Japanese text must be written in Japanese (kana); this has none")]
    [InlineData(JaStatistics, "      \"2011\": \"確定値である。\"", "      \"2011\": \"確定値。\"", 8, "(kana); this has none")]
    // Naming policy
    [InlineData(KoDokdo, "한국 정부는 이 섬들이 한국 영토라고", "한국 정부는 다케시마가 한국 영토라고", 8, "'다케시마' is Tokyo's term")]
    [InlineData(KoTimeline, "안보 협력이 무역 갈등에", "일본해에서 안보 협력이 무역 갈등에", 19, "'일본해' is Tokyo's term")]
    [InlineData(JaTimeline, "近代の日韓関係の出発点である。", "独島は近代の日韓関係の出発点である。", 6, "'独島' is Seoul's term")]
    [InlineData(KoGlossary, "2016년 체결된", "2016년 오염수 문제로 체결된", 7, "'오염수' is Seoul's term")]
    public void Load_BrokenTranslation_ReportsFileAndLine(string file, string find, string replace, int line, string fragment)
    {
        using var fixture = KnowledgeFixture.Translated();
        fixture.Edit(file, find, replace);

        var result = fixture.Load();

        ProblemAssert.Has(result, fixture.Root, file, line, fragment);
    }

    [Fact]
    public void Load_TranslatedFaqWithoutAnEnglishTopic_IsAnUnknownId()
    {
        using var fixture = KnowledgeFixture.Translated();
        fixture.Write("ko/faq/yasukuni.md", "---\ntitle: \"야스쿠니\"\n---\n요약이다.\n");

        var result = fixture.Load();

        ProblemAssert.Has(result, fixture.Root, "ko/faq/yasukuni.md", 1, "unknown FAQ id 'yasukuni'");
    }

    [Fact]
    public void Load_NotUtf8Translation_IsRefusedAtItsLine()
    {
        using var fixture = KnowledgeFixture.Translated();
        fixture.Write(KoGlossary, [.. "terms:\n  dokdo:\n"u8.ToArray(), 0xff, 0xfe]);

        var result = fixture.Load();

        ProblemAssert.Has(result, fixture.Root, KoGlossary, 3, "not UTF-8 text");
    }

    [Fact]
    public void Load_DriftFromAStatisticsNote_CatchesTheWrongAmountAndAcceptsTheRightOne()
    {
        // The English note gives KITA's preliminary 68.2 (US$ bn, the series' unit); 683억 달러 is the final 68.3.
        using var fixture = KnowledgeFixture.Translated();
        fixture.Edit("statistics.yaml", "        note: Final figure.", "        note: Final figure; KITA's preliminary figure was 68.2.");
        fixture.Edit(KoStatistics, "\"2011\": \"확정치다.\"", "\"2011\": \"확정치다. 한국무역협회의 잠정치는 683억 달러였다.\"");
        fixture.Edit(JaStatistics, "\"2011\": \"確定値である。\"", "\"2011\": \"確定値である。韓国貿易協会の速報値は682億ドルであった。\"");

        var drifted = fixture.Load();
        fixture.Edit(KoStatistics, "683억 달러", "682억 달러");
        var right = fixture.Load();

        ProblemAssert.Has(drifted, fixture.Root, KoStatistics, 8, "series 'kr-imports-from-japan', point 2011: figures that are not in the English: '683억' (68,300,000,000)");
        ProblemAssert.Has(drifted, fixture.Root, KoStatistics, 8, "figures of the English are missing from the translation: '68.2'");
        Assert.True(right.IsValid, string.Join('\n', right.Problems));
    }

    [Fact]
    public void Load_FiguresComment_AllowsTheNamedFigureOnly()
    {
        using var fixture = KnowledgeFixture.Translated();
        fixture.Edit(KoTimeline, "    summary: \"일본과 조선은", "    # figures: 2 — the Second (제2차) is part of the Korean name\n    summary: \"제2차 조약으로 일본과 조선은");

        var allowed = fixture.Load();
        fixture.Edit(KoTimeline, "제2차 조약으로", "제2차 조약 3건으로");
        var another = fixture.Load();

        Assert.True(allowed.IsValid, string.Join('\n', allowed.Problems));
        ProblemAssert.Has(another, fixture.Root, KoTimeline, 6, "figures that are not in the English: '3'");
    }

    [Fact]
    public void Load_FiguresCommentWithoutAReason_IsAProblem()
    {
        using var fixture = KnowledgeFixture.Translated();
        fixture.Edit(KoTimeline, "    summary: \"일본과 조선은", "    # figures: 2\n    summary: \"제2차 조약으로 일본과 조선은");

        var result = fixture.Load();

        ProblemAssert.Has(result, fixture.Root, KoTimeline, 5, "a 'figures:' comment names the figures it allows and says why");
    }

    [Fact]
    public void Load_FiguresCommentInAnFaqSection_CoversThatSection()
    {
        using var fixture = KnowledgeFixture.Translated();
        fixture.Edit(KoDokdo, "## 배경\n시마네현은 2005년", "## 배경\n<!-- figures: 60 — a test of the comment -->\n시마네현은 60년 뒤 2005년");

        var result = fixture.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.Equal("시마네현은 60년 뒤 2005년 ‘다케시마의 날’(竹島の日)을 제정했다.", result.Knowledge!.Faq("dokdo-takeshima")!.For(Core.Knowledge.Lang.Ko).Sections[2].Body);
    }

    [Theory]
    [InlineData("timeline.yaml", "  - id: takeshima-day-ordinance", "  - id: ganghwa-treaty", 23, "duplicate event id 'ganghwa-treaty'")]
    [InlineData("statistics.yaml", "  - id: favourable-view-of-japan", "  - id: kr-imports-from-japan", 33, "duplicate series id 'kr-imports-from-japan'")]
    [InlineData("glossary.yaml", "  - id: gsomia", "  - id: dokdo", 13, "duplicate glossary term id 'dokdo'")]
    public void Load_DuplicateEnglishIdWithTranslations_IsReportedInTheEnglishFile(string file, string find, string replace, int line, string fragment)
    {
        using var fixture = KnowledgeFixture.Translated();
        fixture.Edit(file, find, replace);

        var result = fixture.Load();

        ProblemAssert.Has(result, fixture.Root, file, line, fragment);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("internal error", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BrokenEnglishTimeline_DoesNotBuryItUnderUnknownTranslationIds()
    {
        using var fixture = KnowledgeFixture.Translated();
        fixture.Edit("timeline.yaml", "events:", "events: [");

        var result = fixture.Load();

        Assert.False(result.IsValid);
        Assert.DoesNotContain(result.Problems, p => p.Message.Contains("unknown event id", StringComparison.Ordinal));
    }
}
