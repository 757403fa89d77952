using System.Net;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Infrastructure.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Tests.Conversations;

/// <summary>Direct messages to the bot (<c>message.im</c>): answered in the DM, with follow-up context per DM and per thread inside one.</summary>
public sealed class DirectMessageTests : SlackEndpointTests
{
    [Fact]
    public async Task Post_DirectMessage_AnsweredInTheDmNotInAThread()
    {
        var response = await App.PostEventAsync(SlackPayloads.Message("EvDm1", "Korea's imports from Japan in 2011?", channel: "D1", channelType: "im"));

        var post = (await SlackServer.WaitForAsync("chat.postMessage")).Single();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("D1", post.Str("channel"));
        Assert.Null(post.Str("thread_ts"));
        Assert.Contains(post.AllStrings(), s => s.Contains("68.3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_FollowUpInTheSameDm_UsesTheDmsContext()
    {
        await App.PostEventAsync(SlackPayloads.Message("EvDm1", "korea exports to japan 2019", channel: "D1", channelType: "im", ts: "1764235900.000100"));
        await SlackServer.WaitForAsync("chat.postMessage");
        await App.PostEventAsync(SlackPayloads.Message("EvDm2", "and the year after that?", channel: "D1", channelType: "im", ts: "1764235960.000100"));
        // Another person's DM shares nothing with this one.
        await App.PostEventAsync(SlackPayloads.Message("EvDm3", "and the year after that?", channel: "D2", user: "U999", channelType: "im", ts: "1764235970.000100"));

        var posts = await SlackServer.WaitForAsync("chat.postMessage", 3);

        Assert.Contains(posts[1].AllStrings(), s => s.Contains("2020", StringComparison.Ordinal));
        Assert.Equal("D2", posts[2].Str("channel"));
        Assert.DoesNotContain(posts[2].AllStrings(), s => s.Contains("2020", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_DirectMessageInAThreadOfTheDm_AnsweredInThatThreadWithItsOwnContext()
    {
        await App.PostEventAsync(SlackPayloads.Message("EvDm1", "korea exports to japan 2019", channel: "D1", channelType: "im", ts: "1764235900.000100"));
        await SlackServer.WaitForAsync("chat.postMessage");
        await App.PostEventAsync(SlackPayloads.Message("EvDm2", "and the year after that?", channel: "D1", channelType: "im",
            ts: "1764235960.000100", threadTs: "1764235000.000001"));

        var reply = (await SlackServer.WaitForAsync("chat.postMessage", 2))[1];

        Assert.Equal("1764235000.000001", reply.Str("thread_ts"));
        Assert.DoesNotContain(reply.AllStrings(), s => s.Contains("2020", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_DirectMessageThatMentionsTheBot_AnsweredOnce()
    {
        // No app_mention comes for a DM: the message event is the only delivery, and the mention is not part of the question.
        await App.PostEventAsync(SlackPayloads.Message("EvDm1", "<@UBOT> what is GSOMIA?", channel: "D1", channelType: "im"));

        var post = (await SlackServer.WaitForAsync("chat.postMessage")).Single();

        Assert.Contains(post.AllStrings(), s => s.Contains("GSOMIA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SameDirectMessageRetried_AnsweredOnce()
    {
        var dm = SlackPayloads.Message("EvDmRetry", "what is GSOMIA?", channel: "D1", channelType: "im");

        await App.PostEventAsync(dm);
        await App.PostEventAsync(dm, new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", channelType: "im"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");

        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "D1");
    }

    [Fact]
    public async Task Post_DirectMessageFromABotOrOurselves_NeverAnswered()
    {
        await App.PostEventAsync(SlackPayloads.Message("EvBot", "what is GSOMIA?", channel: "D1", channelType: "im", botId: "B999"));
        await App.PostEventAsync(SlackPayloads.Message("EvBotMsg", "what is GSOMIA?", channel: "D1", channelType: "im", subtype: "bot_message"));
        await App.PostEventAsync(SlackPayloads.Message("EvSelf", "what is GSOMIA?", channel: "D1", channelType: "im", user: FakeSlackServer.BotUserId));
        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", channelType: "im"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");

        Assert.DoesNotContain(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "D1");
    }

    [Fact]
    public async Task Post_DirectMessageTheApiRefuses_LoggedOnceNotRetried()
    {
        SlackServer.Script("chat.postMessage", new FakeReply.OkFalse("cannot_dm_bot"));

        await App.PostEventAsync(SlackPayloads.Message("EvDm1", "what is GSOMIA?", channel: "D1", channelType: "im"));
        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", channelType: "im"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");

        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "D1");
        Assert.Single(App.Logs.Entries, e => e.Message.Contains("cannot_dm_bot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_FloodOfDirectMessages_ThrottledWithOnePoliteReply()
    {
        await App.DisposeAsync();
        App = await SlackTestApp.StartAsync(SlackServer, Db.Path, new Dictionary<string, string?>
        {
            ["Throttle:PerUserPerMinute"] = "2",
            ["Throttle:PerChannelPerMinute"] = "0",
        }, configure: services =>
        {
            services.AddOptions<ThrottleOptions>().BindConfiguration(ThrottleOptions.SectionName);
            services.AddSingleton<IQuestionThrottle, QuestionThrottle>();
        });

        for (var i = 0; i < 8; i++)
        {
            await App.PostEventAsync(SlackPayloads.Message($"EvFlood{i}", "what is GSOMIA?", channel: "D1", channelType: "im", ts: $"1764235900.00010{i}"));
        }

        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", user: "U777", channelType: "im"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");

        var toFlooder = SlackServer.Calls("chat.postMessage").Where(c => c.Str("channel") == "D1").ToList();
        Assert.Equal(3, toFlooder.Count);
        Assert.Single(toFlooder, c => c.AllStrings().Any(s => s.Contains("try again in", StringComparison.OrdinalIgnoreCase)));
    }
}
