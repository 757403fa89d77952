using Bot.Adapters.Slack.Tests.Support;

namespace Bot.Adapters.Slack.Tests.Conversations;

/// <summary>
/// Replies in a thread the bot answered in are answered without a new mention (<c>message.channels</c>), unless they are small talk,
/// address someone else, come from a bot, or Slack:FollowThreads / the channel's setting is off; edits are never answered twice.
/// </summary>
public sealed class ThreadFollowUpTests : SlackEndpointTests
{
    private const string Thread = "1764235800.000100";

    [Fact]
    public async Task Post_FiveTurnsInAThread_AllButTheFirstWithoutAMention_AnsweredInTheThreadWithContext()
    {
        await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> korea exports to japan 2019", ts: Thread));
        await SlackServer.WaitForAsync("chat.postMessage");
        string[] followUps = ["and the year after that?", "and the year after that?", "what about 2015?", "and the year after that?"];
        for (var i = 0; i < followUps.Length; i++)
        {
            await App.PostEventAsync(SlackPayloads.Message($"Ev{i + 2}", followUps[i], ts: $"1764235{860 + (i * 10)}.000100", threadTs: Thread));
            await SlackServer.WaitForAsync("chat.postMessage", i + 2);
        }

        var posts = SlackServer.Calls("chat.postMessage");

        Assert.Equal(5, posts.Count);
        Assert.All(posts, p => Assert.Equal(Thread, p.Str("thread_ts")));
        Assert.Contains(posts[0].AllStrings(), s => s.Contains("2019", StringComparison.Ordinal));
        Assert.Contains(posts[1].AllStrings(), s => s.Contains("2020", StringComparison.Ordinal));
        Assert.Contains(posts[2].AllStrings(), s => s.Contains("2021", StringComparison.Ordinal));
        Assert.Contains(posts[3].AllStrings(), s => s.Contains("2015", StringComparison.Ordinal));
        Assert.Contains(posts[4].AllStrings(), s => s.Contains("2016", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ReplyInAThreadTheBotIsNotIn_NotAnswered()
    {
        await App.PostEventAsync(SlackPayloads.Message("Ev1", "what is GSOMIA?", ts: "1764235900.000100", threadTs: "1764235000.000001"));
        // A channel message that is not in a thread is not for the bot either.
        await App.PostEventAsync(SlackPayloads.Message("Ev2", "what is GSOMIA?", ts: "1764235910.000100"));
        await SentinelAsync();

        Assert.DoesNotContain(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Theory]
    [InlineData("thanks!", true)]
    [InlineData("Thank you so much 🙏", true)]
    [InlineData("감사합니다", true)]
    [InlineData("lol", false)]
    [InlineData("👍👍", false)]
    [InlineData("<@U999> what do you think about GSOMIA?", false)]
    [InlineData("<!here> what is GSOMIA?", false)]
    public async Task Post_SmallTalkOrAReplyToSomeoneElse_NotAnswered_ThanksGetsOneThumbsUp(string text, bool thanked)
    {
        await AnsweredThreadAsync();

        await App.PostEventAsync(SlackPayloads.Message("EvReply", text, ts: "1764235900.000100", threadTs: Thread));
        await SentinelAsync();

        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
        var reactions = SlackServer.Calls("reactions.add").Where(c => c.Str("channel") == "C1" && c.Str("timestamp") == "1764235900.000100").ToList();
        Assert.Equal(thanked ? 1 : 0, reactions.Count);
        Assert.All(reactions, r => Assert.Equal("+1", r.Str("name")));
    }

    [Fact]
    public async Task Post_BotsInAFollowedThread_NeverAnswered()
    {
        await AnsweredThreadAsync();

        await App.PostEventAsync(SlackPayloads.Message("EvB1", "what is GSOMIA?", ts: "1764235900.000100", threadTs: Thread, botId: "B999"));
        await App.PostEventAsync(SlackPayloads.Message("EvB2", "what is GSOMIA?", ts: "1764235901.000100", threadTs: Thread, subtype: "bot_message"));
        await App.PostEventAsync(SlackPayloads.Message("EvB3", "what is GSOMIA?", ts: "1764235902.000100", threadTs: Thread, user: FakeSlackServer.BotUserId));
        await SentinelAsync();

        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task Post_EditedMention_AnsweredOnce()
    {
        // Slack re-sends an edited mention as a new app_mention: a new event_id, the same ts, an "edited" object.
        await App.PostEventAsync(SlackPayloads.Mention("EvOriginal", "<@UBOT> what is GSOMIA?", ts: "1764235900.000100"));
        await App.PostEventAsync(SlackPayloads.EditedMention("EvEdited", "<@UBOT> what is GSOMIA? (edited)", ts: "1764235900.000100"));
        // And the edit of a thread reply arrives as message_changed, which is no question.
        await App.PostEventAsync(SlackPayloads.Message("EvChanged", "what is GSOMIA?", ts: "1764235901.000100", subtype: "message_changed", threadTs: Thread));
        await SentinelAsync();

        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task Post_MentionInAFollowedThread_ArrivesTwice_AnsweredOnce()
    {
        await AnsweredThreadAsync();
        const string Ts = "1764235900.000100";

        // Subscribed to both, Slack delivers a mention in a thread as an app_mention and as a message event.
        await App.PostEventAsync(SlackPayloads.Message("EvAsMessage", "<@UBOT> and the year after that?", ts: Ts, threadTs: Thread));
        await App.PostEventAsync(SlackPayloads.Mention("EvAsMention", "<@UBOT> and the year after that?", ts: Ts, threadTs: Thread));
        await SentinelAsync();

        Assert.Equal(2, SlackServer.Calls("chat.postMessage").Count(c => c.Str("channel") == "C1"));
    }

    [Fact]
    public async Task Post_FollowThreadsOff_ThreadRepliesNeedAMention()
    {
        await App.DisposeAsync();
        App = await SlackTestApp.StartAsync(SlackServer, Db.Path, new Dictionary<string, string?> { ["Slack:FollowThreads"] = "false" });
        await AnsweredThreadAsync();

        await App.PostEventAsync(SlackPayloads.Message("EvReply", "and the year after that?", ts: "1764235900.000100", threadTs: Thread));
        await SentinelAsync();

        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task Post_ThreadOfManyReplies_ContextStaysOneEntry()
    {
        await AnsweredThreadAsync();
        for (var i = 0; i < 30; i++)
        {
            await App.PostEventAsync(SlackPayloads.Message($"EvMany{i}", "and the year after that?", ts: $"1764236{i:D3}.000100", threadTs: Thread));
        }

        await SlackServer.WaitForAsync("chat.postMessage", 31, c => c.Str("channel") == "C1");

        // However long the thread, its follow-up context is one conversation state: the last turn's, not a growing history.
        using var db = new LiteDB.LiteDatabase($"Filename={Db.Path};Connection=shared");
        var conversations = db.GetCollection("conversations").FindAll().Select(d => d["_id"].AsString).ToList();
        Assert.Equal([$"slack:{FakeSlackServer.TeamId}:C1:{Thread}"], conversations);
    }

    /// <summary>The bot answers a mention in C1, which starts <see cref="Thread"/>.</summary>
    private async Task AnsweredThreadAsync()
    {
        await App.PostEventAsync(SlackPayloads.Mention("EvStart", "<@UBOT> korea exports to japan 2019", ts: Thread));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C1");
    }

    /// <summary>One worker answers in order: once this DM is answered, everything posted before it has been handled.</summary>
    private async Task SentinelAsync()
    {
        await App.PostEventAsync(SlackPayloads.Message("EvSentinel", "help", channel: "D9", channelType: "im", ts: "1764239000.000900"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "D9");
    }
}
