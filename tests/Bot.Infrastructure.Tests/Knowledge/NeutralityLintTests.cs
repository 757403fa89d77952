using Bot.Infrastructure.Knowledge;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>
/// The neutrality lint of <c>knowledge validate</c>: each rule fires on a broken copy of the good fixture and names
/// the file and line; attributed, quoted and justified text passes; warnings never stop the base from loading.
/// </summary>
public sealed class NeutralityLintTests
{
    private const string Faq = "faq/dokdo-takeshima.md";
    private const string Timeline = "timeline.yaml";
    private const string Glossary = "glossary.yaml";

    [Fact]
    public void Load_GoodFixture_NoWarnings()
    {
        using var kb = new KnowledgeFixture();

        var result = kb.Load();

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    // A loaded verb is ours even in a sentence that names the government.
    [InlineData(Faq, "Tokyo says the islets are Japanese territory.", "Tokyo insists the islets are Japanese territory.", "loaded word 'insists'")]
    [InlineData(Timeline, "significance: Security cooperation became hostage to the trade dispute.", "significance: The deal proved hollow.", "loaded word 'hollow'")]
    [InlineData(Timeline, "title: Shimane Prefecture declares a \"Takeshima Day\"", "title: Shimane Prefecture declares its so-called Takeshima Day", "loaded word 'so-called'")]
    // One side's characterisation stated as fact.
    [InlineData(Glossary, "description: Islets administered by South Korea and claimed by Japan.", "description: Islets illegally occupied by South Korea.", "'illegally occupied' is one side's characterisation")]
    [InlineData(Glossary, "note: Korea calls them Dokdo, Japan Takeshima.", "note: The victims were sex slaves of the army.", "'sex slaves' is one side's characterisation")]
    [InlineData(Faq, "Both governments state their positions every year.", "The export rules were retaliation for the rulings.", "'retaliation' is one side's characterisation")]
    [InlineData(Faq, "Both governments state their positions every year.", "피해자들은 성노예였다.", "'성노예' is one side's characterisation")]
    public void Load_LoadedWordInTheBotsVoice_WarnsAtItsLine(string file, string find, string replace, string message)
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(file, find, replace);

        var result = kb.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        AssertWarning(result, kb, file, LineOf(kb, file, replace), message);
    }

    [Theory]
    [InlineData("Tokyo says Korea has illegally occupied the islets since 1954.")]
    [InlineData("Japan's foreign ministry calls the stationing an \"illegal occupation\".")]
    [InlineData("In Tokyo's account the islets are \"illegally occupied\"; Seoul rejects this.")]
    [InlineData("A 2024 textbook said Korea \"illegally occupied\" them.")]
    [InlineData("Seoul and most media called the rules retaliation for the rulings.")]
    public void Load_AttributedOrQuoted_NoWarning(string sentence)
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Faq, "Both governments state their positions every year.", sentence);

        var result = kb.Load();

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Load_LoadedWordJustifiedByACommentAbove_NoWarning()
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Glossary, "    description: Islets administered by South Korea and claimed by Japan.",
            "    # neutrality: the textbook's own wording, quoted in the note\n    description: Islets illegally occupied by South Korea.");

        var result = kb.Load();

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Load_ContestedFaqWithOneSideUnderHalfTheOther_WarnsAtTheThinnerSection()
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Faq, "Seoul says the islets are Korean territory.",
            "Seoul says the islets are Korean territory historically, geographically and under international law, that Korean records describe them for centuries before 1905, and that the 1905 incorporation was an illegal act carried out as Japan was taking control of Korea.");

        var result = kb.Load();

        AssertWarning(result, kb, Faq, LineOf(kb, Faq, "## Tokyo's position"), "the Tokyo section has 7 words against");
    }

    [Fact]
    public void Load_ThinSectionJustifiedByAnHtmlComment_NoWarningAndTheCommentIsNotAnswerText()
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Faq, "Seoul says the islets are Korean territory.",
            "Seoul says the islets are Korean territory historically, geographically and under international law, that Korean records describe them for centuries before 1905, and that the 1905 incorporation was an illegal act carried out as Japan was taking control of Korea.");
        kb.Edit(Faq, "## Tokyo's position", "<!-- neutrality: Tokyo's published position is this short -->\n## Tokyo's position");

        var result = kb.Load();

        Assert.Empty(result.Warnings);
        var faq = Assert.Single(result.Knowledge!.Faqs, f => f.Id == "dokdo-takeshima");
        Assert.DoesNotContain(faq.Sections, s => s.Body.Contains("neutrality", StringComparison.Ordinal));
        Assert.DoesNotContain("neutrality", faq.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("significance: Japan's claim was proved wrong.", "'proved'")]
    [InlineData("significance: A humiliating defeat for Seoul.", "'humiliating'")]
    public void Load_WhyItMattersJudgesAContestedMatter_Warns(string significance, string word)
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Timeline, "significance: A recurring flashpoint every February.", significance);

        var result = kb.Load();

        AssertWarning(result, kb, Timeline, LineOf(kb, Timeline, significance), "'takeshima-day-ordinance' passes judgement on a contested matter (" + word);
    }

    [Fact]
    public void Load_WhyItMattersReportsWhoJudged_NoWarning()
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Timeline, "significance: A recurring flashpoint every February.", "significance: Seoul called the ordinance a failure of good faith.");

        var result = kb.Load();

        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Load_JudgementOnAnUncontestedEvent_IsNotAWhyItMattersWarning()
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Timeline, "significance: The start of modern Japan–Korea relations.", "significance: A failure of Korean diplomacy at the time.");

        var result = kb.Load();

        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("passes judgement", StringComparison.Ordinal));
    }

    [Fact]
    public void Warning_ToString_IsFileLineWarningMessage()
    {
        using var kb = new KnowledgeFixture();
        kb.Edit(Faq, "Tokyo says the islets are Japanese territory.", "Tokyo insists the islets are Japanese territory.");

        var warning = Assert.Single(kb.Load().Warnings);

        Assert.Matches(@"dokdo-takeshima\.md:\d+: warning: loaded word 'insists'", warning.ToString());
    }

    [Fact]
    public void RepositoryKnowledge_HasNoUnjustifiedWarnings()
    {
        var result = new KnowledgeLoader().Load(Path.Combine(RepositoryKnowledge.Root, "knowledge"));

        Assert.True(result.IsValid, string.Join('\n', result.Problems));
        Assert.True(result.Warnings.Count == 0, string.Join('\n', result.Warnings));
    }

    private static int LineOf(KnowledgeFixture kb, string file, string text)
    {
        var lines = File.ReadAllLines(kb.PathOf(file));
        var index = Array.FindIndex(lines, l => l.Contains(text.Split('\n')[^1].Trim(), StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not in {file}");
        return index + 1;
    }

    private static void AssertWarning(KnowledgeLoadResult result, KnowledgeFixture kb, string file, int line, string fragment)
    {
        var expected = Path.GetFullPath(kb.PathOf(file));
        Assert.True(
            result.Warnings.Any(w => w.IsWarning && Path.GetFullPath(w.File) == expected && w.Line == line && w.Message.Contains(fragment, StringComparison.Ordinal)),
            $"expected a warning at {file}:{line} containing \"{fragment}\"; got:\n{string.Join('\n', result.Warnings)}");
    }
}
