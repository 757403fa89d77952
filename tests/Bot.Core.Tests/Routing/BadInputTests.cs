using System.Text;
using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>Empty, huge, binary and control-character input: answered, declined or clarified in bounded time, never an exception.</summary>
public sealed class BadInputTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    /// <summary>An answer nobody has to scroll through: far shorter than the hostile input that produced it.</summary>
    private const int MaxBodyLength = 6000;

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n ")]
    [InlineData("\u200b\u200b")]
    [InlineData("\u0000\u0001\u0007")]
    public async Task RouteAsync_EmptyOrBlank_AsksForAQuestion(string text)
    {
        var answer = await fixture.AskAsync(text);

        AnswerAssert.Is(answer, Outcome.Clarify, IntentNames.Empty);
    }

    [Theory]
    [InlineData("🤔🤔🤔")]
    [InlineData("asdfghjkl qwertyuiop zxcvbnm")]
    [InlineData("!!!!!!!!!!!!")]
    public async Task RouteAsync_Gibberish_DoesNotPretendToAnswer(string text)
    {
        var answer = await fixture.AskAsync(text);

        Assert.True(answer.Outcome is Outcome.Decline or Outcome.Clarify, $"expected a decline or clarify, got {AnswerAssert.Describe(answer)}");
    }

    public static TheoryData<string, string> HostileInputs() => new()
    {
        { "10,000 letters", new string('a', 10_000) },
        { "10,000 characters of a real question", string.Concat(Enumerable.Repeat("what is gsomia ", 700))[..10_000] },
        { "10,000 Hangul syllables", string.Concat(Enumerable.Repeat("독도는 누구 땅이야 ", 1000))[..10_000] },
        { "10,000 digits", string.Concat(Enumerable.Repeat("2019 ", 2000)) },
        { "binary garbage", Garbage(4096, seed: 42) },
        { "binary garbage with a year", Garbage(2048, seed: 7) + " 2019 " + Garbage(2048, seed: 8) },
        { "lone surrogates", "\ud800\udc00\ud800 what \udfff is \ud83d" },
        { "ANSI escapes", "\u001b[31m\u001b[1mred\u001b[0m \u001b]0;title\u0007" },
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task RouteAsync_HostileInput_ReturnsABoundedAnswerWithoutThrowing(string kind, string text)
    {
        var answer = await fixture.AskAsync(text);

        Assert.True(Enum.IsDefined(answer.Outcome), kind);
        Assert.False(string.IsNullOrWhiteSpace(answer.Title), kind);
        Assert.True(answer.Body.Length < MaxBodyLength, $"{kind}: body of {answer.Body.Length} characters");
    }

    [Theory]
    [InlineData("\u0001\u0002what is gsomia\u0007")]
    [InlineData("what\u0000is\u0000gsomia")]
    [InlineData("\u202ewhat is gsomia")]
    [InlineData("what is \u200bgsomia?")]
    [InlineData("\u001b[31mwhat is gsomia\u001b[0m")]
    [InlineData("ｗｈａｔ　ｉｓ　ＧＳＯＭＩＡ")]
    public async Task RouteAsync_QuestionWithControlOrFormatCharacters_IsStillAnswered(string text)
    {
        var answer = await fixture.AskAsync(text);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Faq, "GSOMIA");
    }

    [Fact]
    public async Task RouteAsync_UnknownMetricInCommand_SaysWhichMetricsItHolds()
    {
        var answer = await fixture.AskAsync(new StructuredCommand("stats", new Dictionary<string, string> { ["metric"] = "furlongs", ["year"] = "2019" }));

        var named = fixture.Knowledge.Statistics.Count(s => answer.Body.Contains(s.Name, StringComparison.Ordinal));
        Assert.True(named >= 3, $"expected the metrics held to be listed, got {AnswerAssert.Describe(answer)}");
    }

    [Fact]
    public async Task RouteAsync_UnknownYearInCommand_SaysWhichYearsItHolds()
    {
        var answer = await fixture.AskAsync(new StructuredCommand("stats", new Dictionary<string, string> { ["metric"] = "kr-imports-from-japan", ["year"] = "1800" }));

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, AnswerAssert.NoVerifiedFigure);
        foreach (var year in fixture.Knowledge.Series("kr-imports-from-japan")!.Years)
        {
            AnswerAssert.Contains(answer, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string Garbage(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }

    [Fact]
    public async Task RouteAsync_FiftyQuestionsInOneMessage_AnswersTheFirstAndSaysSoAboutTheRest()
    {
        var text = string.Join(" ", Enumerable.Range(0, 50).Select(i => $"imports {1990 + (i % 35)}?"));

        var answer = await fixture.AskAsync(text);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        AnswerAssert.Contains(answer, "You asked 50 questions in one message; I answered the first 4");
    }
}
