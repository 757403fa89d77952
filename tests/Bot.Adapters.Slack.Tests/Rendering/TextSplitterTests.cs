using Bot.Adapters.Slack.Rendering;

namespace Bot.Adapters.Slack.Tests.Rendering;

public sealed class TextSplitterTests
{
    [Fact]
    public void Split_ShortText_OnePiece()
    {
        Assert.Equal(["hello"], TextSplitter.Split("hello", 3000));
    }

    [Fact]
    public void Split_Paragraphs_CutsBetweenThem()
    {
        var first = new string('a', 2000);
        var second = new string('b', 2000);

        var pieces = TextSplitter.Split(first + "\n\n" + second, 3000);

        Assert.Equal([first, second], pieces);
    }

    [Fact]
    public void Split_OneLongSentenceRun_CutsAfterASentence()
    {
        var sentence = "The treaty was signed in Tokyo. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 200));

        var pieces = TextSplitter.Split(text, 3000);

        Assert.All(pieces, p => Assert.True(p.Length <= 3000));
        Assert.All(pieces, p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.Equal(text.Trim(), string.Join(' ', pieces));
    }

    [Fact]
    public void Split_NoBoundaries_HardCutsWithoutBreakingEntities()
    {
        var text = string.Concat(Enumerable.Repeat("x&amp;", 1000));

        var pieces = TextSplitter.Split(text, 3000);

        Assert.All(pieces, p => Assert.True(p.Length <= 3000));
        Assert.All(pieces, p => Assert.Matches("^(x&amp;)*x?$|^(&amp;x)*(&amp;)?$", p));
        Assert.Equal(text, string.Concat(pieces));
    }
}
