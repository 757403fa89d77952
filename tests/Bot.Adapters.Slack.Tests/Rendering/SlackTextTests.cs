using Bot.Adapters.Slack.Rendering;

namespace Bot.Adapters.Slack.Tests.Rendering;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<@U123>", "&lt;@U123&gt;")]
    [InlineData("&lt;!here&gt;", "&amp;lt;!here&amp;gt;")]
    [InlineData("독도 & 竹島", "독도 &amp; 竹島")]
    public void Escape_ControlCharacters_BecomeEntities(string input, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(input));
    }

    [Theory]
    [InlineData("\u202e<!channel>", "&lt;!channel&gt;")]
    [InlineData("a\u0000b\u001b[31mc\u2066d\u2069", "ab[31mcd")]
    [InlineData("line one\nline two", "line one\nline two")]
    public void Escape_ControlAndBidiCharacters_Removed(string input, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(input));
    }

    [Theory]
    [InlineData("a &amp; b", "a & b")]
    [InlineData("&lt;!channel&gt;", "<!channel>")]
    [InlineData("&amp;lt;!here&amp;gt;", "&lt;!here&gt;")]
    [InlineData("&amp;amp;", "&amp;")]
    [InlineData("&quot; &#39; &", "&quot; &#39; &")]
    public void Unescape_DecodesOnceOnly(string input, string expected)
    {
        Assert.Equal(expected, SlackText.Unescape(input));
    }

    [Theory]
    [InlineData("<!channel> & <@U1>")]
    [InlineData("&lt;!here&gt;")]
    [InlineData("&amp;lt;")]
    public void EscapeThenUnescape_RoundTrips(string text)
    {
        Assert.Equal(text, SlackText.Unescape(SlackText.Escape(text)));
    }

    [Fact]
    public void ToMrkdwn_MarkdownBoldAndDashBullets_BecomeSlackForms()
    {
        Assert.Equal("*$68.3 bn* in 2011\n• one\n• two", SlackText.ToMrkdwn("**$68.3 bn** in 2011\n- one\n- two"));
    }

    [Fact]
    public void Truncate_LongText_EndsWithEllipsisWithinLimit()
    {
        var text = SlackText.Truncate(new string('a', 200), 150);

        Assert.Equal(150, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Truncate_CutInsideEntity_DropsTheWholeEntity(int max)
    {
        // "aaaaaaa&amp;bbbbbbbb": any cut between '&' and ';' would leave a broken "&am".
        var text = SlackText.Truncate("aaaaaaa&amp;bbbbbbbb", max);

        Assert.True(text.Length <= max);
        Assert.DoesNotMatch("&[a-z]*…$", text);
        Assert.DoesNotMatch("&[a-z]{0,3}$", text.TrimEnd('…'));
    }

    [Fact]
    public void Truncate_CutInsideSurrogatePair_KeepsThePairWhole()
    {
        var text = SlackText.Truncate("aaaa😀bbbb", 6);

        Assert.Equal("aaaa…", text);
    }

    [Theory]
    [InlineData("https://www.mofa.go.jp/a/b.html", "<https://www.mofa.go.jp/a/b.html|MOFA>")]
    [InlineData("http://example.org/x?a=1&b=2", "<http://example.org/x?a=1&amp;b=2|MOFA>")]
    [InlineData("javascript:alert(1)", "MOFA")]
    [InlineData("ftp://example.org/file", "MOFA")]
    [InlineData("not a url", "MOFA")]
    [InlineData(null, "MOFA")]
    public void Link_OnlyHttpUrlsBecomeLinks(string? url, string expected)
    {
        Assert.Equal(expected, SlackText.Link(url, "MOFA"));
    }

    [Fact]
    public void Link_UrlWithPipeOrAngleBrackets_CannotBreakOutOfTheLink()
    {
        var link = SlackText.Link("https://example.org/a|<!channel>", "label | <@U1>");

        Assert.DoesNotContain("<!channel>", link, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U1>", link, StringComparison.Ordinal);
        Assert.Equal(1, link.Count(c => c == '|'));
        Assert.StartsWith("<https://example.org/a%7C%3C!channel%3E|", link, StringComparison.Ordinal);
    }
}
