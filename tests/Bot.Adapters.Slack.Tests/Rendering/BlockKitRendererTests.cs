using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Rendering;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    private static readonly KnowledgeBase Kb = RepositoryKnowledge.Current;

    private static readonly IntentRouter Router = new(
        new FixedKnowledgeProvider(Kb),
        IntentPipeline.Create(new NullRetriever()),
        new InMemoryConversationStore(new FakeTimeProvider(SlackTestApp.Now), TimeSpan.FromMinutes(30)),
        new NullQueryLog(),
        new FakeTimeProvider(SlackTestApp.Now));

    private static async Task<Answer> AskAsync(string text) =>
        await Router.RouteAsync(new Question { Text = text, ConversationKey = Guid.NewGuid().ToString("N"), Platform = "test" });

    private static async Task<Answer> AskAsync(StructuredCommand command) =>
        await Router.RouteAsync(new Question { Text = "", Command = command, ConversationKey = Guid.NewGuid().ToString("N"), Platform = "test" });

    private static SlackMessage Render(Answer answer) =>
        BlockKitRenderer.Render(answer, "Ev123", new ShareToken("Ev123", "the question"));

    public static TheoryData<string> FaqIds() => [.. Kb.Faqs.Select(f => f.Id)];

    public static TheoryData<string> SeriesIds() => [.. Kb.Statistics.Select(s => s.Id)];

    [Fact]
    public void KnowledgeBase_HasFaqsAndSeriesToRender()
    {
        Assert.True(Kb.Faqs.Count >= 10);
        Assert.True(Kb.Statistics.Count >= 10);
    }

    [Theory]
    [MemberData(nameof(FaqIds))]
    public async Task Render_EveryFaq_WithinSlackLimits(string faqId)
    {
        var answer = await AskAsync(new StructuredCommand("faq", new Dictionary<string, string> { ["topic"] = faqId }));
        var message = Render(answer);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        BlockKitAssert.WithinLimits(message);
        Assert.Equal("header", message.Blocks[0]!["type"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(SeriesIds))]
    public async Task Render_EverySeries_LatestAndWholeRange_WithinSlackLimits(string seriesId)
    {
        var series = Kb.Series(seriesId)!;
        var latest = await AskAsync(new StructuredCommand("stats", new Dictionary<string, string> { ["metric"] = seriesId }));
        var range = await AskAsync(new StructuredCommand("stats", new Dictionary<string, string>
        {
            ["metric"] = seriesId,
            ["from"] = series.Years[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = series.Years[^1].ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        BlockKitAssert.WithinLimits(Render(latest));
        BlockKitAssert.WithinLimits(Render(range));
    }

    [Theory]
    [InlineData("korea imports from japan 2011")]
    [InlineData("korea exports to japan 2015-2020")]
    [InlineData("when did the trade deficit peak")]
    [InlineData("When was the 1965 treaty signed?")]
    [InlineData("what happened in 2019")]
    [InlineData("events between 1876 and 2026")]
    [InlineData("what happened recently")]
    [InlineData("who is lee jae-myung")]
    [InlineData("what do Koreans call Takeshima")]
    [InlineData("독도는 누구 땅이야?")]
    [InlineData("竹島問題とは")]
    [InlineData("help")]
    [InlineData("about")]
    [InlineData("what's the weather in tokyo tomorrow")]
    [InlineData("and the year after that?")]
    [InlineData("")]
    [InlineData("asdkjh qwe zzz")]
    public async Task Render_SampleOfOtherIntents_WithinSlackLimits(string question)
    {
        BlockKitAssert.WithinLimits(Render(await AskAsync(question)));
    }

    [Fact]
    public async Task Render_StatisticAnswer_KeepsFiguresSourcesAndAsOf()
    {
        var answer = await AskAsync("korea imports from japan 2011");

        var json = Render(answer).ToPayload().ToJsonString(SlackJson.Options);

        Assert.Contains("68.3", json, StringComparison.Ordinal);
        Assert.Contains("Knowledge as of", json, StringComparison.Ordinal);
        Assert.Contains(answer.Sources[0].Publisher.Replace("&", "&amp;", StringComparison.Ordinal), json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Answer_HasFeedbackButtonsCarryingTheAnswerIdAndShare()
    {
        var message = BlockKitRenderer.Render(Sample(), "Ev42", new ShareToken("Ev42", "what is GSOMIA?"));

        var actions = message.Blocks[^1]!.AsObject();
        var buttons = actions["elements"]!.AsArray().Select(b => b!.AsObject()).ToList();
        Assert.Equal("actions", actions["type"]!.GetValue<string>());
        Assert.Equal([ActionIds.Helpful, ActionIds.NotHelpful, ActionIds.Share], buttons.Select(b => b["action_id"]!.GetValue<string>()));
        Assert.Equal("Ev42", buttons[0]["value"]!.GetValue<string>());
        Assert.Equal(new ShareToken("Ev42", "what is GSOMIA?"), ShareToken.Decode(buttons[2]["value"]!.GetValue<string>()));
    }

    [Fact]
    public void Render_DeclineWithShareToken_HasNoShareButton()
    {
        var decline = Sample() with { Outcome = Outcome.Decline };

        var message = BlockKitRenderer.Render(decline, "Ev42", new ShareToken("Ev42", "weather?"));

        Assert.Equal(2, message.Blocks[^1]!["elements"]!.AsArray().Count);
    }

    [Fact]
    public void Render_HugeAnswer_CutToFitEveryLimitAndSaysSo()
    {
        var huge = Sample() with
        {
            Title = new string('T', 500),
            Body = string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i}: " + new string('x', 1200))),
            Facts = [.. Enumerable.Range(0, 35).Select(i => new KeyFact($"Year {i}", new string('9', 2500)))],
            Sources = [.. Enumerable.Range(0, 25).Select(i => new Source($"s{i}", "Publisher & Co", new string('t', 4000), new PartialDate(2020), "https://example.org/" + i))],
            Suggestions = [.. Enumerable.Range(0, 50).Select(_ => new string('s', 100))],
        };

        var message = Render(huge);

        BlockKitAssert.WithinLimits(message);
        Assert.Contains("Answer shortened", message.ToPayload().ToJsonString(SlackJson.Options), StringComparison.Ordinal);
        Assert.Equal(SlackLimits.Blocks, message.Blocks.Count);
    }

    [Theory]
    [InlineData("<!channel>")]
    [InlineData("<!here>")]
    [InlineData("<!everyone>")]
    [InlineData("<@U123>")]
    [InlineData("<#C123|general>")]
    [InlineData("<!subteam^S123|admins>")]
    [InlineData("&lt;!channel&gt;")]
    [InlineData("&amp;lt;!here&amp;gt;")]
    [InlineData("<https://evil.example|click me>")]
    [InlineData("<<!channel>>")]
    [InlineData("@here @channel @everyone")]
    public void Render_InjectionInEveryField_StaysInert(string injection)
    {
        var answer = new Answer
        {
            Outcome = Outcome.Answer,
            Intent = "test",
            Title = $"Title {injection}",
            Body = $"Body **{injection}**\n- {injection}",
            Facts = [new KeyFact(injection, injection)],
            Sources = [new Source("s1", injection, injection, new PartialDate(2020), $"https://example.org/{injection}")],
            Suggestions = [injection],
            AsOf = new PartialDate(2026, 2, 22),
        };

        var message = BlockKitRenderer.Render(answer, "Ev1", new ShareToken("Ev1", injection));

        BlockKitAssert.WithinLimits(message);
        var json = message.ToPayload().ToJsonString(SlackJson.Options);
        Assert.DoesNotContain("<!", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<#", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SourceWithNonHttpUrl_IsNotLinked()
    {
        var answer = Sample() with { Sources = [new Source("s", "Evil", "Title", null, "javascript:alert(1)")] };

        var json = Render(answer).ToPayload().ToJsonString(SlackJson.Options);

        Assert.DoesNotContain("javascript:", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SourceWithHttpsUrl_IsALink()
    {
        var answer = Sample() with { Sources = [new Source("s", "MOFA", "Takeshima", new PartialDate(2014), "https://www.mofa.go.jp/t.html")] };

        var context = Render(answer).Blocks.Select(b => b!.AsObject()).First(b => b["type"]!.GetValue<string>() == "context"
            && b["elements"]![0]!["text"]!.GetValue<string>().StartsWith("[1]", StringComparison.Ordinal));

        Assert.Equal("[1] <https://www.mofa.go.jp/t.html|MOFA, “Takeshima” (2014)>", context["elements"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void ShareToken_LongQuestionFullOfEscapes_FitsTheButtonAndDecodes()
    {
        var token = new ShareToken("Ev1", string.Concat(Enumerable.Repeat("\"\u0001<>&", 1000)));

        var encoded = token.Encode();
        var decoded = ShareToken.Decode(encoded);

        Assert.InRange(encoded.Length, 1, SlackLimits.ButtonValue);
        Assert.NotNull(decoded);
        Assert.True(decoded.Truncated);
        Assert.StartsWith(decoded.Question, token.Question, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"a\":\"\"}")]
    [InlineData("[1,2]")]
    public void ShareToken_Garbage_DecodesToNull(string value)
    {
        Assert.Null(ShareToken.Decode(value));
    }

    [Fact]
    public void Notice_EscapesAndStaysWithinLimits()
    {
        var message = BlockKitRenderer.Notice("Use `/jk <question>` & <!channel>");

        BlockKitAssert.WithinLimits(new JsonObject { ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() });
        Assert.Contains("&lt;question&gt;", message.Blocks[0]!["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Answer Sample() => new()
    {
        Outcome = Outcome.Answer,
        Intent = "faq",
        Title = "GSOMIA",
        Body = "GSOMIA lets Seoul and Tokyo share military intelligence.",
        AsOf = new PartialDate(2026, 2, 22),
    };
}
