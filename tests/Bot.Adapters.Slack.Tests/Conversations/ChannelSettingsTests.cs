using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Core.Admin;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Slack.Tests.Conversations;

/// <summary><c>/jk config</c>: per-channel settings set by Slack admins, and how mentions, thread replies and /jk follow them.</summary>
public sealed class ChannelSettingsTests : SlackEndpointTests
{
    private const string Admin = "UADMIN";
    private const string Thread = "1764235800.000100";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Slack:AdminUserIds:0"] = Admin };

    [Fact]
    public async Task Config_AnswerOnlyInListedChannels_MentionsAndCommandsElsewhereGetANotice()
    {
        var saved = await CommandAsync("config answer-in listed");
        await CommandAsync("config listed on <#C22|general>");
        var refused = await CommandAsync("what is GSOMIA?");
        await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> what is GSOMIA?", channel: "C1"));
        await App.PostEventAsync(SlackPayloads.Mention("Ev2", "<@UBOT> what is GSOMIA?", channel: "C22", ts: "1764235801.000100"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C22");
        var notice = (await SlackServer.WaitForAsync("chat.postEphemeral")).Single();

        Assert.Contains("Saved.", Text(saved), StringComparison.Ordinal);
        Assert.Contains(SlackReplies.NotInThisChannel, Text(refused), StringComparison.Ordinal);
        Assert.Equal("C1", notice.Str("channel"));
        Assert.DoesNotContain(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task Config_VisibilityPublic_CommandAnswersAreInChannelWithoutAShareButton()
    {
        var before = await CommandAsync("what is GSOMIA?");
        await CommandAsync("config visibility public");
        var after = await CommandAsync("what is GSOMIA?");

        Assert.Equal("ephemeral", before["response_type"]!.GetValue<string>());
        Assert.Contains("jk_share", before.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("in_channel", after["response_type"]!.GetValue<string>());
        Assert.DoesNotContain("jk_share", after.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_ThreadsOff_ThreadRepliesNeedAMentionAgain()
    {
        await CommandAsync("config threads off");
        await App.PostEventAsync(SlackPayloads.Mention("EvStart", "<@UBOT> korea exports to japan 2019", ts: Thread));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C1");

        await App.PostEventAsync(SlackPayloads.Message("EvReply", "and the year after that?", ts: "1764235900.000100", threadTs: Thread));
        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", channelType: "im", ts: "1764239000.000900"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");

        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task Config_NotAnAdmin_RefusedAndNothingChanges()
    {
        var refused = await CommandAsync("config answer-in listed", user: "USOMEONE");
        var shown = await CommandAsync("config", user: "USOMEONE");

        Assert.Contains("only the bot's Slack admins", Text(refused), StringComparison.Ordinal);
        Assert.Contains("answer-in: all", Text(shown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_EveryChange_IsAnAdminEventInTheQueryLog()
    {
        await CommandAsync("config language ko");
        await CommandAsync("config threads maybe");

        var log = App.Services.GetRequiredService<LiteDbQueryLog>();
        var events = log.Recent(20).Where(e => e.Intent == ChannelSettingsAdmin.AdminEventIntent).ToList();
        var single = Assert.Single(events);
        Assert.Contains("language = ko", single.Question, StringComparison.Ordinal);
        Assert.Contains(Admin, single.Question, StringComparison.Ordinal);
    }

    private async Task<JsonObject> CommandAsync(string text, string user = Admin)
    {
        var fields = SlackPayloads.Command(text);
        fields["user_id"] = user;
        var response = await App.PostFormAsync("/slack/commands", fields);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Every string in the reply, one per line (the JSON itself escapes apostrophes).</summary>
    private static string Text(JsonObject reply)
    {
        using var document = System.Text.Json.JsonDocument.Parse(reply.ToJsonString());
        return string.Join('\n', new RecordedCall("reply", null, null, document.RootElement.Clone(), "").AllStrings());
    }
}
