using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;

namespace Bot.Adapters.Slack.Tests.Handling;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<@UBOT> what is GSOMIA?", "what is GSOMIA?")]
    [InlineData("<@UBOT>: what is GSOMIA?", "what is GSOMIA?")]
    [InlineData("  <@UBOT|jkbot>, what is GSOMIA?", "what is GSOMIA?")]
    [InlineData("hey <@UBOT> what is GSOMIA?", "hey what is GSOMIA?")]
    [InlineData("<@UBOT> korea &amp; japan trade 2019", "korea & japan trade 2019")]
    [InlineData("<@UBOT> &lt;!channel&gt; dokdo", "<!channel> dokdo")]
    [InlineData("<@UBOT> &amp;lt;!here&amp;gt;", "&lt;!here&gt;")]
    [InlineData("<@UBOT>", "")]
    public void Clean_KnownBotId_StripsOnlyOurMentionAndUnescapesOnce(string text, string expected)
    {
        Assert.Equal(expected, MentionText.Clean(text, "UBOT"));
    }

    [Fact]
    public void Clean_OtherUsersMentioned_KeepsTheirMentions()
    {
        Assert.Equal("ask <@U999> about dokdo", MentionText.Clean("<@UBOT> ask <@U999> about dokdo", "UBOT"));
    }

    [Fact]
    public void Clean_LeadingMentionOfSomeoneElse_KeptWhenOurIdIsKnown()
    {
        Assert.Equal("<@U999> dokdo?", MentionText.Clean("<@U999> <@UBOT> dokdo?", "UBOT"));
    }

    [Fact]
    public void Clean_BotIdUnknown_StripsTheLeadingMention()
    {
        Assert.Equal("what is GSOMIA?", MentionText.Clean("<@W0LAN0Z89> what is GSOMIA?", null));
    }
}
