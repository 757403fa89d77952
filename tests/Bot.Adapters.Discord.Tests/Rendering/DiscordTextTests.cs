using Bot.Adapters.Discord.Rendering;

namespace Bot.Adapters.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    [Theory]
    [InlineData("@everyone look", "@\u200Beveryone look")]
    [InlineData("@here", "@\u200Bhere")]
    [InlineData("<@&123> and <@456>", "<@\u200B&123> and <@\u200B456>")]
    [InlineData("no mentions", "no mentions")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralise_Mentions_BrokenByZeroWidthSpace(string? text, string expected) => Assert.Equal(expected, DiscordText.Neutralise(text));

    [Theory]
    [InlineData("\u202e08:00 gnorw", "08:00 gnorw")]
    [InlineData("a\u0000b\u001b[31mc\u0085d\u009be", "ab[31mcde")]
    [InlineData("\u2066@everyone\u2069", "@\u200Beveryone")]
    [InlineData("line one\nline\ttwo", "line one\nline\ttwo")]
    [InlineData("family 👨\u200d👩\u200d👧", "family 👨\u200d👩\u200d👧")]
    public void Neutralise_ControlAndBidiCharacters_Removed(string text, string expected) => Assert.Equal(expected, DiscordText.Neutralise(text));

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("0123456789ab", 10, "012345678…")]
    [InlineData("abc", 0, "")]
    public void Fit_Table(string text, int max, string expected) => Assert.Equal(expected, DiscordText.Fit(text, max));

    [Fact]
    public void Fit_CutWouldSplitSurrogatePair_DropsThePairWhole()
    {
        var text = "12345678😀😀"; // the first emoji sits at 8–9

        var fitted = DiscordText.Fit(text, 10);

        Assert.Equal("12345678…", fitted);
        Assert.True(fitted.Length <= 10);
    }

    [Fact]
    public void Fit_EveryLengthOfEmojiText_NeverLeavesALoneSurrogate()
    {
        var text = string.Concat(Enumerable.Repeat("a😀한", 50));
        for (var max = 0; max <= text.Length + 1; max++)
        {
            var fitted = DiscordText.Fit(text, max);
            Assert.True(fitted.Length <= max, $"max {max}");
            Assert.False(fitted.Length > 0 && char.IsHighSurrogate(fitted[^1]), $"max {max}");
            Assert.False(fitted.Length > 1 && char.IsHighSurrogate(fitted[^2]) && !char.IsLowSurrogate(fitted[^1]), $"max {max}");
        }
    }

    [Fact]
    public void SplitAt_LongParagraphs_CutsAtAParagraphBreak()
    {
        var text = new string('a', 90) + "\n\n" + new string('b', 50);

        var (head, tail) = DiscordText.SplitAt(text, 100);

        Assert.Equal(new string('a', 90), head);
        Assert.Equal(new string('b', 50), tail);
    }

    [Fact]
    public void SplitAt_NoBreakNearTheEnd_CutsAtTheLimitButNotInsideAPair()
    {
        var text = new string('a', 99) + "😀" + new string('b', 10);

        var (head, tail) = DiscordText.SplitAt(text, 100);

        Assert.Equal(new string('a', 99), head);
        Assert.StartsWith("😀", tail, StringComparison.Ordinal);
    }

    [Fact]
    public void Neutralise_LoneSurrogates_ReplacedPairsKept()
    {
        var text = "ok 😀 half \uD83D end \uDE00";

        Assert.Equal("ok 😀 half \uFFFD end \uFFFD", DiscordText.Neutralise(text));
    }
}
