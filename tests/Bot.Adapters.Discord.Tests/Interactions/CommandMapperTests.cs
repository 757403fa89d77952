using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Interactions;

public sealed class CommandMapperTests
{
    [Fact]
    public void Map_Stats_StructuredCommandWithTypedOptions()
    {
        var request = CommandMapper.Map(Parse(InteractionJson.Command("stats", "1", ("metric", "kr-imports-from-japan"), ("from", 2010), ("to", 2012))));

        var question = request.Question!;
        Assert.Null(request.Problem);
        Assert.False(request.Private);
        Assert.Equal("discord", question.Platform);
        Assert.Equal($"discord:{InteractionJson.ChannelId}:{InteractionJson.UserId}", question.ConversationKey);
        Assert.Equal("en-US", question.Locale);
        Assert.Equal("stats", question.Command!.Name);
        Assert.Equal("kr-imports-from-japan", question.Command.Option("metric"));
        Assert.Equal(2010, question.Command.IntOption("from"));
        Assert.Equal(2012, question.Command.IntOption("to"));
    }

    [Fact]
    public void Map_AskPrivate_QuestionTextAndPrivateFlag()
    {
        var request = CommandMapper.Map(Parse(InteractionJson.Command("ask", "1", ("question", "  what is gsomia?  "), ("private", true))));

        Assert.True(request.Private);
        Assert.Equal("what is gsomia?", request.Question!.Text);
        Assert.False(request.Question.Command!.Options.ContainsKey("private"));
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("about")]
    public void Map_CommandsWithoutRequiredOptions_NeedNone(string command) =>
        Assert.NotNull(CommandMapper.Map(Parse(InteractionJson.Command(command, "1"))).Question);

    [Theory]
    // The invoker's locale hints the answer language; the server's counts when the bot doesn't speak the invoker's.
    [InlineData("ko", "ja", "ko")]
    [InlineData("fr", "ja", "ja")]
    [InlineData("fr", null, "fr")]
    [InlineData(null, "ko", "ko")]
    public void Map_Locale_ThenGuildLocale_HintsTheAnswerLanguage(string? locale, string? guildLocale, string expected)
    {
        var fields = (locale is null ? "" : $",\"locale\":\"{locale}\"") + (guildLocale is null ? "" : $",\"guild_locale\":\"{guildLocale}\"");
        var json = """{"type":2,"id":"1","token":"t","guild_id":"5","channel_id":"9","member":{"user":{"id":"77"}}""" + fields + ""","data":{"name":"about"}}""";

        var question = CommandMapper.Map(Parse(json)).Question!;

        Assert.Equal(expected, question.Locale);
    }

    [Fact]
    public void Map_DirectMessage_UsesUserAndDmKey()
    {
        var json = """{"type":2,"id":"1","token":"t","user":{"id":"77"},"data":{"name":"about"}}""";

        var question = CommandMapper.Map(Parse(json)).Question!;

        Assert.Equal("77", question.UserId);
        Assert.Equal("discord:dm:77", question.ConversationKey);
    }

    [Fact]
    public void Map_OverlongOption_Explains()
    {
        var request = CommandMapper.Map(Parse(InteractionJson.Command("timeline", "1", ("query", new string('a', 201)))));

        Assert.Contains("200 characters", request.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_OverlongQuestion_GoesToTheRouterWhichNamesTheLimit()
    {
        var request = CommandMapper.Map(Parse(InteractionJson.Command("ask", "1", ("question", new string('a', 1001)))));

        Assert.Null(request.Problem);
        Assert.Equal(1001, request.Question!.Text.Length);
    }

    [Fact]
    public void Map_FractionalYear_Explains()
    {
        var json = InteractionJson.Command("stats", "1", ("metric", "x")).Replace("\"options\":[", "\"options\":[{\"name\":\"year\",\"type\":4,\"value\":2011.5},", StringComparison.Ordinal);

        Assert.Contains("whole number", CommandMapper.Map(Parse(json)).Problem, StringComparison.Ordinal);
    }

    private static Interaction Parse(string json) => InteractionParser.Parse(System.Text.Encoding.UTF8.GetBytes(json));
}
