using System.Globalization;
using System.Text;
using Bot.Core.Answers;
using Bot.Core.Routing;
using Bot.Core.Text;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// The maximum question length is announced, not applied silently: a longer question gets a polite decline naming the limit and
/// its length. Control, bidi and zero-width characters neither count nor reach routing or an echo.
/// </summary>
public sealed class QuestionLengthTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    private const string Gsomia = "what is gsomia?";

    /// <summary>A real question padded with words to exactly <paramref name="length"/> characters.</summary>
    private static string QuestionOf(int length)
    {
        var text = new StringBuilder(Gsomia);
        while (text.Length < length)
        {
            text.Append(" please");
        }

        text.Length = length;
        if (text[^1] == ' ')
        {
            text[^1] = 'x';
        }

        return text.ToString();
    }

    [Fact]
    public void Limit_IsOneThousandCharacters() => Assert.Equal(1000, TextNormalizer.MaxQuestionLength);

    [Fact]
    public async Task RouteAsync_OneCharacterOverTheLimit_DeclinesNamingTheLimitAndTheLength()
    {
        var answer = await fixture.AskAsync(QuestionOf(1234));

        AnswerAssert.Is(answer, Outcome.Decline, IntentNames.TooLong);
        Assert.Equal("I read questions up to 1,000 characters; yours has 1,234 — please shorten it.", answer.Body);
        Assert.Empty(answer.Sources);
        Assert.True(answer.ForAskerOnly);
    }

    [Fact]
    public async Task RouteAsync_ExactlyAtTheLimit_IsRead()
    {
        var text = QuestionOf(TextNormalizer.MaxQuestionLength);
        Assert.Equal(TextNormalizer.MaxQuestionLength, TextNormalizer.VisibleLength(text));

        var answer = await fixture.AskAsync(text);

        Assert.NotEqual(IntentNames.TooLong, answer.Intent);
        Assert.False(answer.ForAskerOnly);
    }

    [Fact]
    public async Task RouteAsync_OneOverTheLimit_IsDeclined()
    {
        var answer = await fixture.AskAsync(QuestionOf(TextNormalizer.MaxQuestionLength + 1));

        AnswerAssert.Is(answer, Outcome.Decline, IntentNames.TooLong, "yours has 1,001");
    }

    [Fact]
    public async Task RouteAsync_TooLongKoreanQuestion_IsDeclinedInKorean()
    {
        var answer = await fixture.AskAsync(string.Concat(Enumerable.Repeat("지소미아는 언제 체결됐어? ", 100)));

        AnswerAssert.Is(answer, Outcome.Decline, IntentNames.TooLong, "1,000자까지");
        Assert.DoesNotContain("characters", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_LongAskCommand_IsDeclinedToo()
    {
        var answer = await fixture.AskAsync(new StructuredCommand("ask", new Dictionary<string, string> { ["question"] = QuestionOf(2000) }));

        AnswerAssert.Is(answer, Outcome.Decline, IntentNames.TooLong, "yours has 2,000");
    }

    [Fact]
    public async Task RouteAsync_InvisibleCharactersDoNotCount_AQuestionPaddedWithThemIsAnswered()
    {
        var padded = "\u202e" + new string('\u200b', 3000) + Gsomia + new string('\u0000', 3000) + "\u2066\u2069\ufeff";

        var answer = await fixture.AskAsync(padded);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Faq, "GSOMIA");
    }

    [Fact]
    public void VisibleLength_CountsWhatTheAskerSees()
    {
        Assert.Equal(0, TextNormalizer.VisibleLength(null));
        Assert.Equal(3, TextNormalizer.VisibleLength("abc"));
        Assert.Equal(3, TextNormalizer.VisibleLength("  abc \u0000\r\n"));
        Assert.Equal(5, TextNormalizer.VisibleLength("a\tb\nc"));
        Assert.Equal(3, TextNormalizer.VisibleLength("a\u200bb\u202ec\u2069"));
        Assert.Equal(2, TextNormalizer.VisibleLength("🤔🤔")); // four UTF-16 units, two characters
        Assert.Equal(2, TextNormalizer.VisibleLength("독도"));
        Assert.Equal(2, TextNormalizer.VisibleLength("a\ud800b")); // a lone surrogate is not a character
        Assert.Equal(1000, TextNormalizer.VisibleLength(string.Concat(Enumerable.Repeat("🤔", 1000))));
    }

    [Fact]
    public async Task RouteAsync_AThousandEmoji_AreWithinTheLimitThoughTwiceAsManyUtf16Units()
    {
        var answer = await fixture.AskAsync(string.Concat(Enumerable.Repeat("🤔", 1000)));

        Assert.NotEqual(IntentNames.TooLong, answer.Intent);
    }

    public static TheoryData<string> Invisible() =>
    [
        "\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\u0080", "\u0085", "\u009b", "\u009f",
        "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad",
    ];

    [Theory]
    [MemberData(nameof(Invisible))]
    public void Clean_ControlBidiAndZeroWidthCharacters_AreStripped(string c)
    {
        var cleaned = TextNormalizer.Clean("what is gs" + c + "omia " + c + "2019" + c);

        Assert.DoesNotContain(cleaned, ch => char.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.Format);
        var category = char.GetUnicodeCategory(c[0]);
        // Format characters vanish (the word stays whole); controls read as a space.
        Assert.Equal(category == UnicodeCategory.Format ? "what is gsomia 2019" : "what is gs omia 2019", cleaned);
    }

    [Fact]
    public async Task RouteAsync_UnknownMetricEchoedInTheTitle_CarriesNoControlOrBidiCharacters()
    {
        var answer = await fixture.AskAsync(new StructuredCommand("stats", new Dictionary<string, string> { ["metric"] = "\u202efur\u200blongs\u2066\u0007", ["year"] = "2019" }));

        Assert.Contains("furlongs", answer.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Title, ch => char.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.Format);
    }
}
