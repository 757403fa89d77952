using System.Net;
using System.Text.Json;
using Bot.Adapters.Slack.Tests.Support;

namespace Bot.Adapters.Slack.Tests.Http;

public sealed class EventsEndpointTests : SlackEndpointTests
{
    [Fact]
    public async Task Post_UrlVerification_ReturnsTheChallenge()
    {
        var response = await App.PostEventAsync("""{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json.RootElement.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task Post_Unsigned_401AndNothingHappens()
    {
        using var content = new StringContent(SlackPayloads.Mention("Ev1", "<@UBOT> what is GSOMIA?"));

        var response = await App.Client.PostAsync("/slack/events", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ForgedSignature_401()
    {
        var response = await App.PostSignedAsync("/slack/events", SlackPayloads.Mention("Ev1", "hi"), "application/json",
            signature: "v0=" + new string('0', 64));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_401()
    {
        var body = SlackPayloads.Mention("Ev1", "hi");
        var ts = App.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Slack.Inbound.SlackSignatureVerifier.Compute(SlackTestApp.SigningSecret, ts, System.Text.Encoding.UTF8.GetBytes(body));

        var response = await App.PostSignedAsync("/slack/events", body + " ", "application/json", signature: signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task Post_StaleOrFutureTimestamp_401(int offsetSeconds)
    {
        var ts = App.Time.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds;

        var response = await App.PostSignedAsync("/slack/events", SlackPayloads.Mention("Ev1", "hi"), "application/json", timestamp: ts);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task Post_SignedMalformedJson_400(string body)
    {
        var response = await App.PostSignedAsync("/slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"type":"app_rate_limited","minute_rate_limited":1518467820}""")]
    [InlineData("""{"type":"something_new"}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev9","event":{"type":"reaction_added","user":"U1"}}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev9"}""")]
    [InlineData("""[1,2,3]""")]
    public async Task Post_UnknownOrIrrelevantType_200AndIgnored(string body)
    {
        var response = await App.PostEventAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_Mention_AcksThenReactsAndAnswersInANewThread()
    {
        var response = await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> Korea's imports from Japan in 2011?", ts: "1764235800.000100"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var post = (await SlackServer.WaitForAsync("chat.postMessage")).Single();
        var reaction = Assert.Single(SlackServer.Calls("reactions.add"));
        Assert.Equal("C1", post.Str("channel"));
        Assert.Equal("1764235800.000100", post.Str("thread_ts"));
        Assert.Contains(post.AllStrings(), s => s.Contains("68.3", StringComparison.Ordinal));
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
        Assert.Equal("application/json; charset=utf-8", post.ContentType);
        Assert.Equal("eyes", reaction.Str("name"));
        Assert.Equal("1764235800.000100", reaction.Str("timestamp"));
        Assert.False(post.Body.TryGetProperty("link_names", out _));
        BlockKitAssert.WithinLimits(System.Text.Json.Nodes.JsonNode.Parse(post.Body.GetRawText())!.AsObject());
    }

    [Fact]
    public async Task Post_MentionInsideAThread_RepliesInThatThread()
    {
        await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> what is GSOMIA?", ts: "1764235900.000200", threadTs: "1764235000.000001"));

        var post = (await SlackServer.WaitForAsync("chat.postMessage")).Single();

        Assert.Equal("1764235000.000001", post.Str("thread_ts"));
    }

    [Fact]
    public async Task Post_SameEventTwiceAndRetried_AnsweredExactlyOnce()
    {
        var mention = SlackPayloads.Mention("EvDup", "<@UBOT> what is GSOMIA?");

        var first = await App.PostEventAsync(mention);
        var duplicate = await App.PostEventAsync(mention);
        var retry = await App.PostEventAsync(mention, new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        // One worker answers in order: once the sentinel is answered, the duplicates have been seen and skipped.
        await App.PostEventAsync(SlackPayloads.Mention("EvSentinel", "<@UBOT> help", channel: "C2"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C2");

        Assert.All(new[] { first, duplicate, retry }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
        Assert.Single(SlackServer.Calls("reactions.add"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task Post_RetryAfterRestartOnTheSameDatabase_NotAnsweredAgain()
    {
        var mention = SlackPayloads.Mention("EvRestart", "<@UBOT> what is GSOMIA?");
        await App.PostEventAsync(mention);
        await SlackServer.WaitForAsync("chat.postMessage");
        await App.DisposeAsync();

        App = await SlackTestApp.StartAsync(SlackServer, Db.Path);
        var retry = await App.PostEventAsync(mention, new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "2", ["X-Slack-Retry-Reason"] = "http_timeout" });
        await App.PostEventAsync(SlackPayloads.Mention("EvSentinel", "<@UBOT> help", channel: "C2"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C2");

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task Post_MentionFromABot_Ignored()
    {
        await App.PostEventAsync(SlackPayloads.Mention("EvBot", "<@UBOT> what is GSOMIA?", botId: "B999"));
        await App.PostEventAsync(SlackPayloads.Mention("EvSentinel", "<@UBOT> help", channel: "C2"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C2");

        Assert.DoesNotContain(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
    }

    [Fact]
    public async Task Post_MentionWrittenByOurOwnUser_Ignored()
    {
        await App.PostEventAsync(SlackPayloads.Mention("EvSelf", "<@UBOT> what is GSOMIA?", user: FakeSlackServer.BotUserId));
        await App.PostEventAsync(SlackPayloads.Mention("EvSentinel", "<@UBOT> help", channel: "C2"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C2");

        Assert.DoesNotContain(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
        Assert.Single(SlackServer.Calls("auth.test"));
    }

    [Fact]
    public async Task Post_FollowUpInTheSameThread_UsesTheThreadsContext()
    {
        await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> korea exports to japan 2019", ts: "1764235800.000100"));
        await SlackServer.WaitForAsync("chat.postMessage");
        await App.PostEventAsync(SlackPayloads.Mention("Ev2", "<@UBOT> and the year after that?", ts: "1764235860.000100", threadTs: "1764235800.000100"));
        await App.PostEventAsync(SlackPayloads.Mention("Ev3", "<@UBOT> and the year after that?", ts: "1764235870.000100"));

        var posts = await SlackServer.WaitForAsync("chat.postMessage", 3);

        Assert.Contains(posts[1].AllStrings(), s => s.Contains("2020", StringComparison.Ordinal));
        Assert.Equal("1764235800.000100", posts[1].Str("thread_ts"));
        Assert.DoesNotContain(posts[2].AllStrings(), s => s.Contains("2020", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_MentionWithChannelPingAndEscapes_ReplyStaysInert()
    {
        await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> &lt;!channel&gt; <!here> <@U999> &amp;lt;!everyone&amp;gt; xyzzy metric 2011"));

        var post = (await SlackServer.WaitForAsync("chat.postMessage")).Single();

        Assert.All(post.AllStrings(), s =>
        {
            Assert.DoesNotContain("<!", s, StringComparison.Ordinal);
            Assert.DoesNotContain("<@", s, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Post_ChatPostMessageFailsWithNotInChannel_LoggedWithTheCodeAndNotRetried()
    {
        SlackServer.Script("chat.postMessage", new FakeReply.OkFalse("not_in_channel"));

        await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> what is GSOMIA?"));
        await App.PostEventAsync(SlackPayloads.Mention("EvSentinel", "<@UBOT> help", channel: "C2"));
        await SlackServer.WaitForAsync("chat.postMessage", where: c => c.Str("channel") == "C2");

        Assert.Single(SlackServer.Calls("chat.postMessage"), c => c.Str("channel") == "C1");
        Assert.True(App.Logs.Contains(Microsoft.Extensions.Logging.LogLevel.Error, "Slack chat.postMessage failed: not_in_channel"));
    }

    [Fact]
    public async Task Post_WorkQueueFull_503SoSlackRetriesAndTheRetryIsAnswered()
    {
        await App.DisposeAsync();
        App = await SlackTestApp.StartAsync(SlackServer, Db.Path, new Dictionary<string, string?> { ["Slack:QueueCapacity"] = "1" });
        // The only worker hangs on its first Slack call, so the queue's one slot fills up.
        SlackServer.Script("reactions.add", new FakeReply.Hang());
        await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> help", channel: "C1"));
        await SlackServer.WaitForAsync("reactions.add");

        var queued = await App.PostEventAsync(SlackPayloads.Mention("Ev2", "<@UBOT> help", channel: "C2"));
        var refused = await App.PostEventAsync(SlackPayloads.Mention("Ev3", "<@UBOT> help", channel: "C3"));
        App.Time.Advance(TimeSpan.FromSeconds(10)); // the hung call times out and is retried
        await SlackServer.WaitForAsync("chat.postMessage", 2);
        var retried = await App.PostEventAsync(
            SlackPayloads.Mention("Ev3", "<@UBOT> help", channel: "C3"), new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1" });
        var posts = await SlackServer.WaitForAsync("chat.postMessage", 3);

        Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(["C1", "C2", "C3"], posts.Select(p => p.Str("channel")).Order());
    }

    [Fact]
    public async Task Start_SlackUnreachable_StartsAfterABoundedWaitAndLearnsItsIdLater()
    {
        await App.DisposeAsync();
        SlackServer.Script("auth.test", new FakeReply.Hang());
        var clock = new SignallingTimeProvider(SlackTestApp.Now);

        var starting = SlackTestApp.StartAsync(SlackServer, Db.Path, signalling: clock);
        await clock.WaitForTimerAsync(Slack.SlackStartup.IdentityWait);
        clock.Advance(Slack.SlackStartup.IdentityWait);
        App = await starting.Within();
        var response = await App.PostEventAsync(SlackPayloads.Mention("Ev1", "<@UBOT> what is GSOMIA?"));
        // auth.test is still hanging: the mention is answered without our id (bots are still known by bot_id).
        var post = (await SlackServer.WaitForAsync("chat.postMessage")).Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(post.AllStrings(), s => s.Contains("GSOMIA", StringComparison.Ordinal));
    }
}
