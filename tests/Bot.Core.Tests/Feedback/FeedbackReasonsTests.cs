using Bot.Core.Feedback;

namespace Bot.Core.Tests.Feedback;

public sealed class FeedbackReasonsTests
{
    [Theory]
    [InlineData("wrong", true)]
    [InlineData("outdated", true)]
    [InlineData("not-neutral", true)]
    [InlineData("didnt-answer", true)]
    [InlineData("other", true)]
    [InlineData("Wrong", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("wrong ", false)]
    public void IsKnown_Keys_OnlyTheFiveExactKeys(string? reason, bool known) => Assert.Equal(known, FeedbackReasons.IsKnown(reason));

    [Theory]
    [InlineData(null, null)]
    [InlineData("   \n\t ", null)]
    [InlineData("  hi  ", "hi")]
    [InlineData("line one\r\nline two", "line one line two")]
    [InlineData("a\u0000b\u0007c", "a b c")]
    [InlineData("zero\u200Bwidth", "zero width")]
    [InlineData("<b>bold</b> & \"quotes\"", "<b>bold</b> & \"quotes\"")]
    public void CleanText_Inputs_Cleaned(string? text, string? expected) => Assert.Equal(expected, FeedbackReasons.CleanText(text));

    [Fact]
    public void CleanText_LongText_CutTo300()
    {
        var cleaned = FeedbackReasons.CleanText(new string('x', 299) + "yz" + new string('w', 5000));

        Assert.Equal(300, cleaned!.Length);
        Assert.EndsWith("xy", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanText_CutWouldSplitASurrogatePair_DropsTheHalf()
    {
        var cleaned = FeedbackReasons.CleanText(new string('x', 299) + "😀😀");

        Assert.Equal(299, cleaned!.Length);
        Assert.DoesNotContain('\uD83D', cleaned);
    }
}
