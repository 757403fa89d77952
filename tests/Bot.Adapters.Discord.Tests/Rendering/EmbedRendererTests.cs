using Bot.Adapters.Discord.Rendering;
using Bot.Adapters.Discord.Tests.Support;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing;

namespace Bot.Adapters.Discord.Tests.Rendering;

/// <summary>
/// Every answer the knowledge base can give renders within Discord's limits: every FAQ, every statistics series (one year, the
/// whole range), every timeline year, every glossary term, and a sample of the other intents — plus synthetic worst cases.
/// </summary>
public sealed class EmbedRendererTests
{
    private static readonly IntentRouter Router = TestBot.Router();

    public static TheoryData<string> FaqIds => [.. RepositoryKnowledge.Current.Faqs.Select(f => f.Id)];

    public static TheoryData<string> SeriesIds => [.. RepositoryKnowledge.Current.Statistics.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(FaqIds))]
    public async Task Render_EveryFaq_WithinLimits(string id)
    {
        var answer = await AskAsync(new StructuredCommand("faq", new Dictionary<string, string> { ["topic"] = id }));

        Assert.Equal(Outcome.Answer, answer.Outcome);
        DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(answer, "1", ephemeral: false), id);
    }

    [Theory]
    [MemberData(nameof(SeriesIds))]
    public async Task Render_EverySeriesLatestAndWholeRange_WithinLimits(string id)
    {
        var series = TestBot.Knowledge.Series(id)!;
        var latest = await AskAsync(new StructuredCommand("stats", new Dictionary<string, string> { ["metric"] = id }));
        var range = await AskAsync(new StructuredCommand("stats", new Dictionary<string, string>
        {
            ["metric"] = id,
            ["from"] = series.Years[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = series.Years[^1].ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(latest, "1", ephemeral: false), $"{id} latest");
        DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(range, "1", ephemeral: false), $"{id} range");
    }

    [Fact]
    public async Task Render_EverySeriesEveryYear_WithinLimits()
    {
        foreach (var series in TestBot.Knowledge.Statistics)
        {
            foreach (var year in series.Years)
            {
                var answer = await AskAsync(new StructuredCommand("stats", new Dictionary<string, string>
                {
                    ["metric"] = series.Id,
                    ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }));
                DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(answer, "1", ephemeral: false), $"{series.Id} {year}");
            }
        }
    }

    [Fact]
    public async Task Render_TimelineEveryYearAndEveryEvent_WithinLimits()
    {
        foreach (var year in TestBot.Knowledge.Timeline.Select(e => e.Date.Year).Distinct())
        {
            var answer = await AskAsync(new StructuredCommand("timeline", new Dictionary<string, string> { ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(answer, "1", ephemeral: false), $"timeline {year}");
        }

        foreach (var e in TestBot.Knowledge.Timeline)
        {
            var answer = await AskAsync($"when did {e.Title} happen?");
            DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(answer, "1", ephemeral: false), e.Id);
        }

        var all = await AskAsync(new StructuredCommand("timeline", new Dictionary<string, string> { ["from"] = "1800", ["to"] = "2100" }));
        DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(all, "1", ephemeral: false), "whole timeline");
    }

    [Fact]
    public async Task Render_EveryGlossaryTerm_WithinLimits()
    {
        foreach (var term in TestBot.Knowledge.Glossary)
        {
            var answer = await AskAsync($"what is {term.English}?");
            DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(answer, "1", ephemeral: false), term.Id);
        }
    }

    [Theory]
    [InlineData("help")]
    [InlineData("what's the weather in tokyo tomorrow")]
    [InlineData("write me a python script")]
    [InlineData("and the year after that?")]
    [InlineData("is there hope for reconciliation among young people")]
    [InlineData("독도는 누구 땅이야?")]
    [InlineData("竹島問題とは")]
    [InlineData("")]
    public async Task Render_OtherIntents_WithinLimits(string question)
    {
        var answer = await AskAsync(question);

        DiscordLimitsAssert.WithinLimits(EmbedRenderer.Render(answer, "1", ephemeral: true), question);
    }

    [Fact]
    public void Render_HugeAnswerWithEmojiEverywhere_TrimmedWithinLimits()
    {
        var emojiText = string.Concat(Enumerable.Repeat("Trade 😀 figures 한국 ", 2000));
        var answer = new Answer
        {
            Outcome = Outcome.Answer,
            Intent = "statistic",
            Title = emojiText,
            Body = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"Paragraph {i}: {emojiText[..(300 + i)]}")),
            Facts = [.. Enumerable.Range(0, 40).Select(i => new KeyFact($"{i} {emojiText[..300]}", emojiText[..2000]))],
            Sources = [.. Enumerable.Range(0, 60).Select(i => new Source($"s{i}", emojiText[..150], emojiText[..400], new PartialDate(2020), $"https://example.org/{i}/{emojiText.Length}"))],
            Suggestions = [.. Enumerable.Range(0, 30).Select(_ => emojiText[..200])],
            AsOf = new PartialDate(2026, 11, 27),
        };

        var message = EmbedRenderer.Render(answer, "1234567890123456789", ephemeral: false);

        DiscordLimitsAssert.WithinLimits(message, "huge");
        var embed = Assert.Single(message.Embeds!);
        Assert.EndsWith("…", embed.Title, StringComparison.Ordinal);
        Assert.Contains("press Sources", embed.Fields!.Single(f => f.Name == "Sources").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongBody_ContinuesInFieldsAndSaysWhereItWasCut()
    {
        var body = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"w{i}"));
        var answer = new Answer { Outcome = Outcome.Answer, Intent = "faq", Title = "t", Body = body };

        var embed = EmbedRenderer.RenderEmbed(answer);

        Assert.InRange(embed.Description!.Length, DiscordLimits.EmbedDescription - 200, DiscordLimits.EmbedDescription);
        Assert.Contains(embed.Fields!, f => f.Name == "…");
        var rendered = embed.Description + " " + string.Join(' ', embed.Fields!.Where(f => f.Name == "…").Select(f => f.Value));
        Assert.StartsWith("w0 w1 w2", rendered, StringComparison.Ordinal);
        Assert.EndsWith("…", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MentionsInEveryPart_NeverPing()
    {
        const string evil = "@everyone @here <@&123456> <@!42>";
        var answer = new Answer
        {
            Outcome = Outcome.Decline,
            Intent = "free-form",
            Title = evil,
            Body = evil,
            Facts = [new KeyFact(evil, evil)],
            Sources = [new Source("s", evil, evil, null, "https://example.org/x")],
            Suggestions = [evil],
        };

        var message = EmbedRenderer.Render(answer, "1", ephemeral: false);

        DiscordLimitsAssert.WithinLimits(message, "mentions");
        DiscordLimitsAssert.WithinLimits(EmbedRenderer.Notice(evil), "notice");
        DiscordLimitsAssert.WithinLimits(EmbedRenderer.RenderSources(answer.Sources), "sources");
    }

    [Fact]
    public void Render_Sources_LinkButtonsOnlyForHttpUrlsFiveToARow()
    {
        Source S(int i, string? url) => new($"s{i}", $"Publisher {i}", $"Title {i}", null, url);
        var answer = new Answer
        {
            Outcome = Outcome.Answer,
            Intent = "faq",
            Title = "t",
            Body = "b",
            Sources = [S(1, "https://a.example/1"), S(2, "ftp://b.example/2"), S(3, null), S(4, "javascript:alert(1)"),
                .. Enumerable.Range(5, 12).Select(i => S(i, $"http://c.example/{i}"))],
        };

        var rows = EmbedRenderer.Render(answer, "77", ephemeral: false).Components!;

        Assert.Equal(["fb:up:77", "fb:down:77", "src:77"], rows[0].Components.Select(b => b.CustomId));
        var links = rows.Skip(1).SelectMany(r => r.Components).ToList();
        Assert.All(links, b => Assert.Equal(Button.Link, b.Style));
        Assert.All(links, b => Assert.StartsWith("http", b.Url, StringComparison.Ordinal));
        Assert.DoesNotContain(links, b => b.Url!.StartsWith("javascript", StringComparison.Ordinal) || b.Url.StartsWith("ftp", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.InRange(r.Components.Count, 1, 5));
        Assert.True(rows.Count <= 5);
    }

    [Fact]
    public void Render_NoSources_NoSourcesButton()
    {
        var answer = new Answer { Outcome = Outcome.Clarify, Intent = "empty", Title = "t", Body = "b" };

        var rows = EmbedRenderer.Render(answer, "5", ephemeral: false).Components!;

        Assert.Equal(["fb:up:5", "fb:down:5"], Assert.Single(rows).Components.Select(b => b.CustomId));
    }

    [Theory]
    [InlineData(Lang.En)]
    [InlineData(Lang.Ko)]
    [InlineData(Lang.Ja)]
    public void Render_ButtonsFooterAndCutSources_InTheAnswersLanguage(Lang lang)
    {
        var t = Bot.Core.Answers.Templates.AnswerTemplates.For(lang);
        var answer = new Answer
        {
            Outcome = Outcome.Answer, Intent = "faq", Title = "t", Body = "b", Lang = lang, AsOf = new PartialDate(2026, 2, 22),
            Sources = [.. Enumerable.Range(1, 40).Select(i => new Source($"s{i}", new string('p', 60), new string('t', 60), null, $"https://example.org/{i}"))],
        };

        var payload = EmbedRenderer.Render(answer, "7", ephemeral: false, threadable: true);

        var labels = payload.Components![0].Components.Select(b => b.Label).ToList();
        Assert.Contains(t.SourcesLabel, labels);
        Assert.Contains(t.ContinueInThread, labels);
        var embed = payload.Embeds![0];
        var sourceLines = embed.Fields!.Single(f => f.Name == t.SourcesLabel).Value.Split('\n');
        Assert.Equal(t.MoreSources(40 - (sourceLines.Length - 1)), sourceLines[^1]);
        Assert.Equal(t.KnowledgeAsOfNote(new PartialDate(2026, 2, 22).ToDisplay(lang)) + " · " + t.OutcomeNote.Answered, embed.Footer!.Text);
        Assert.Equal(t.NoSources, EmbedRenderer.RenderSources([], lang).Embeds![0].Description);
    }

    private static Task<Answer> AskAsync(StructuredCommand command) =>
        Router.RouteAsync(new Question { Text = "", Command = command, ConversationKey = Guid.NewGuid().ToString("N"), Platform = "test" }).WaitAsync(Loopback.Bound);

    private static Task<Answer> AskAsync(string text) =>
        Router.RouteAsync(new Question { Text = text, ConversationKey = Guid.NewGuid().ToString("N"), Platform = "test" }).WaitAsync(Loopback.Bound);
}
