using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;

namespace Bot.Adapters.Slack.Tests.Handling;

public sealed class SlashCommandTextTests
{
    private static readonly string[] NoExtensions = [];

    [Theory]
    [InlineData("", SlashRequestKind.Help, "")]
    [InlineData("   ", SlashRequestKind.Help, "")]
    [InlineData("help", SlashRequestKind.Help, "")]
    [InlineData("HELP", SlashRequestKind.Help, "")]
    [InlineData("stats imports 2011", SlashRequestKind.Question, "imports 2011")]
    [InlineData("Stats   imports 2011 ", SlashRequestKind.Question, "imports 2011")]
    [InlineData("timeline 2019", SlashRequestKind.Question, "2019")]
    [InlineData("faq dokdo", SlashRequestKind.Question, "dokdo")]
    [InlineData("ask when was the 1965 treaty signed?", SlashRequestKind.Question, "when was the 1965 treaty signed?")]
    [InlineData("about", SlashRequestKind.Question, "about")]
    [InlineData("what is GSOMIA?", SlashRequestKind.Question, "what is GSOMIA?")]
    [InlineData("statistics imports 2011", SlashRequestKind.Question, "statistics imports 2011")]
    [InlineData("korea &amp; japan", SlashRequestKind.Question, "korea & japan")]
    [InlineData("stats", SlashRequestKind.Hint, "")]
    [InlineData("faq", SlashRequestKind.Hint, "")]
    [InlineData("digest", SlashRequestKind.Extension, "")]
    [InlineData("digest subscribe 09:00", SlashRequestKind.Extension, "subscribe 09:00")]
    public void Parse_Text_GivesKindAndQuestion(string text, SlashRequestKind kind, string question)
    {
        var request = SlashCommandText.Parse(text, NoExtensions);

        Assert.Equal(kind, request.Kind);
        Assert.Equal(question, request.Text);
    }

    [Fact]
    public void Parse_RegisteredExtension_IsRecognised()
    {
        var request = SlashCommandText.Parse("quiz start", ["quiz"]);

        Assert.Equal(SlashRequestKind.Extension, request.Kind);
        Assert.Equal("quiz", request.Subcommand);
        Assert.Equal("start", request.Text);
    }
}
