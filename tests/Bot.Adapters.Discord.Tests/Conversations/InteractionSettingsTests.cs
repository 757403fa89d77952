using System.Text.Json;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Conversations;

/// <summary>The message command and /config over the interactions endpoint (a fresh app per test: settings are state).</summary>
public sealed class InteractionSettingsTests : IAsyncLifetime
{
    private readonly EndpointFixture _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AskAboutThisMessage_AnswersTheSelectedTextPrivately()
    {
        var response = await _app.Client.InteractAsync(InteractionJson.MessageCommand("What is GSOMIA?"));

        Assert.Equal(4, response.GetProperty("type").GetInt32());
        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains(InteractionJson.Strings(response.GetProperty("data").GetProperty("embeds")), s => s.Contains("GSOMIA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskAboutThisMessage_AMessageWithoutText_SaysSo()
    {
        var response = await _app.Client.InteractAsync(InteractionJson.MessageCommand(""));

        Assert.Contains("no text I can read", response.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_AnswerOnlyInListedChannels_ThenListThisOne()
    {
        var saved = await _app.Client.InteractAsync(InteractionJson.Subcommand("config", "set", "8001", "32", ("setting", "answer-in"), ("value", "listed")));
        var refused = await _app.Client.InteractAsync(InteractionJson.Command("ask", "8002", ("question", "What is GSOMIA?")));
        await _app.Client.InteractAsync(InteractionJson.Subcommand("config", "set", "8003", "32", ("setting", "listed"), ("value", "on")));
        var answered = await _app.Client.InteractAsync(InteractionJson.Command("ask", "8004", ("question", "What is GSOMIA?")));

        Assert.StartsWith("Saved.", saved.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(MessageAnswerer.NotInThisChannelText, refused.GetProperty("data").GetProperty("content").GetString());
        Assert.Contains(InteractionJson.Strings(answered.GetProperty("data").GetProperty("embeds")), s => s.Contains("GSOMIA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Config_VisibilityPrivate_CommandAnswersBecomeEphemeral()
    {
        var before = await _app.Client.InteractAsync(InteractionJson.Command("ask", "8101", ("question", "What is GSOMIA?")));
        await _app.Client.InteractAsync(InteractionJson.Subcommand("config", "set", "8102", "32", ("setting", "visibility"), ("value", "private")));
        var after = await _app.Client.InteractAsync(InteractionJson.Command("ask", "8103", ("question", "What is GSOMIA?")));

        Assert.False(before.GetProperty("data").TryGetProperty("flags", out _));
        Assert.Equal(64, after.GetProperty("data").GetProperty("flags").GetInt32());
        // Over the HTTP endpoint no message reaches the bot, so it offers no thread it could not follow.
        Assert.DoesNotContain(InteractionJson.Strings(before.GetProperty("data").GetProperty("components")), s => s.StartsWith("thread:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Config_WithoutManageServer_Refused()
    {
        var response = await _app.Client.InteractAsync(InteractionJson.Subcommand("config", "set", "8201", "0", ("setting", "threads"), ("value", "off")));
        var shown = await _app.Client.InteractAsync(InteractionJson.Subcommand("config", "show", "8202", "0"));

        Assert.Equal(ConfigCommand.NotAllowedText, response.GetProperty("data").GetProperty("content").GetString());
        Assert.Contains("threads: on", shown.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("colour", "blue", "is not a setting")]
    [InlineData("threads", "maybe", "is not a value of threads")]
    public async Task Config_UnknownSettingOrValue_Explained(string setting, string value, string expected)
    {
        var response = await _app.Client.InteractAsync(InteractionJson.Subcommand("config", "set", "8301", "32", ("setting", setting), ("value", value)));

        Assert.Contains(expected, response.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }
}
