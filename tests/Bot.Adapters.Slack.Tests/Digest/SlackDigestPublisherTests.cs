using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Outbound;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Bot.Infrastructure.Digest;

namespace Bot.Adapters.Slack.Tests.Digest;

public sealed class SlackDigestPublisherTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private static readonly DigestTarget Target = new(Platforms.Slack, FakeSlackServer.TeamId, "CDIGEST");

    private readonly TempDatabase _db = new();
    private FakeSlackServer _slack = null!;
    private DigestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = DigestHost.Create(_slack, _db.Path);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
        _db.Delete();
    }

    private SlackDigestPublisher Publisher => _host.Get<SlackDigestPublisher>();

    private static Bot.Core.Digest.Digest Sample(string body = "1965: the Treaty on Basic Relations was signed <!channel> & more") => new()
    {
        LocalDate = new DateOnly(2026, 6, 22),
        Title = "Japan–Korea digest · 22 June 2026",
        Sections =
        [
            new DigestSection(DigestSectionNames.OnThisDay, "On this day", body),
            new DigestSection(DigestSectionNames.Statistic, "Statistic: visitors", "- 2019: 5.6 million"),
        ],
    };

    [Fact]
    public async Task Publish_PostsBlocksWithKeyInMetadata_ThenUploadsChartIntoThread()
    {
        var key = IdempotencyKey.For(Platforms.Slack, Target.Channel, new DateOnly(2026, 6, 22));

        var result = await Publisher.PublishAsync(Target, Sample(), Png, key, CancellationToken.None);

        Assert.Equal(PublishStatus.Ok, result.Status);
        var post = Assert.Single(_slack.Calls("chat.postMessage"));
        Assert.Equal("Bearer xoxb-test-token", post.Authorization);
        Assert.Equal("CDIGEST", post.Str("channel"));
        Assert.Null(post.Str("thread_ts"));
        Assert.Equal(SlackDigestPublisher.EventType, post.Body.GetProperty("metadata").GetProperty("event_type").GetString());
        Assert.Equal(key, post.Body.GetProperty("metadata").GetProperty("event_payload").GetProperty("key").GetString());
        Assert.Equal("1800000000.000001", result.MessageId);
        // Escaped, verbatim, within limits, with a fallback: the renderer's rules.
        var all = string.Join("\n", post.AllStrings());
        Assert.DoesNotContain("<!channel>", all, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt; &amp; more", all, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(post.Str("text")));
        BlockKitAssert.WithinLimits(JsonNode.Parse(post.Body.GetRawText())!.AsObject());

        var history = Assert.Single(_slack.Calls("conversations.history"));
        Assert.Equal("CDIGEST", history.Str("channel"));
        Assert.Equal("true", history.Str("include_all_metadata"));

        var getUrl = Assert.Single(_slack.Calls("files.getUploadURLExternal"));
        Assert.Equal(Png.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), getUrl.Str("length"));
        Assert.EndsWith(".png", getUrl.Str("filename"), StringComparison.Ordinal);
        var fileId = Assert.Single(_slack.Uploads).Key;
        Assert.Equal(Png, _slack.Uploads[fileId]);
        var complete = Assert.Single(_slack.Calls("files.completeUploadExternal"));
        Assert.Equal("CDIGEST", complete.Str("channel_id"));
        Assert.Equal(result.MessageId, complete.Str("thread_ts"));
        using var files = JsonDocument.Parse(complete.Str("files")!);
        Assert.Equal(fileId, files.RootElement[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Publish_SameKeyAgain_FindsExistingMessage_DoesNotPostAgain()
    {
        var key = IdempotencyKey.For(Platforms.Slack, Target.Channel, new DateOnly(2026, 6, 22));
        var first = await Publisher.PublishAsync(Target, Sample(), null, key, CancellationToken.None);

        var again = await Publisher.PublishAsync(Target, Sample(), Png, key, CancellationToken.None);

        Assert.Equal(PublishStatus.Ok, again.Status);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Single(_slack.Calls("chat.postMessage"));
        Assert.Equal(2, _slack.Calls("conversations.history").Count);
        Assert.Empty(_slack.Calls("files.getUploadURLExternal"));
    }

    [Fact]
    public async Task Publish_MessageFromBeforeACrash_IsFound_OtherKeysAreNot()
    {
        var key = IdempotencyKey.For(Platforms.Slack, Target.Channel, new DateOnly(2026, 6, 22));
        _slack.AddMessage("CDIGEST", "1700000000.000009", new JsonObject
        {
            ["event_type"] = SlackDigestPublisher.EventType,
            ["event_payload"] = new JsonObject { ["key"] = key },
        });
        _slack.AddMessage("CDIGEST", "1700000000.000010", null);

        var same = await Publisher.PublishAsync(Target, Sample(), null, key, CancellationToken.None);
        var nextDay = await Publisher.PublishAsync(Target, Sample(), null, IdempotencyKey.For(Platforms.Slack, Target.Channel, new DateOnly(2026, 6, 23)), CancellationToken.None);

        Assert.Equal("1700000000.000009", same.MessageId);
        Assert.Equal(PublishStatus.Ok, nextDay.Status);
        Assert.Single(_slack.Calls("chat.postMessage"));
    }

    [Theory]
    [InlineData("not_in_channel")]
    [InlineData("channel_not_found")]
    [InlineData("is_archived")]
    [InlineData("invalid_auth")]
    [InlineData("missing_scope")]
    public async Task Publish_RefusedForGood_Permanent(string error)
    {
        _slack.Script("chat.postMessage", new FakeReply.OkFalse(error));

        var result = await Publisher.PublishAsync(Target, Sample(), Png, "slack:CDIGEST:2026-06-22", CancellationToken.None);

        Assert.Equal(PublishStatus.PermanentFailure, result.Status);
        Assert.Contains(error, result.Error, StringComparison.Ordinal);
        Assert.Empty(_slack.Calls("files.getUploadURLExternal"));
    }

    [Fact]
    public async Task Publish_HistoryNotInChannel_PermanentWithoutPosting()
    {
        _slack.Script("conversations.history", new FakeReply.OkFalse("not_in_channel"));

        var result = await Publisher.PublishAsync(Target, Sample(), null, "slack:CDIGEST:2026-06-22", CancellationToken.None);

        Assert.Equal(PublishStatus.PermanentFailure, result.Status);
        Assert.Empty(_slack.Calls("chat.postMessage"));
    }

    [Fact]
    public async Task Publish_ServerErrorEveryAttempt_Retryable()
    {
        // Slack:MaxRetries retries after the first attempt; script more 500s than that.
        _slack.Script("chat.postMessage", Enumerable.Repeat<FakeReply>(new FakeReply.Status(500), 10).ToArray());

        var result = await Publisher.PublishAsync(Target, Sample(), null, "slack:CDIGEST:2026-06-22", CancellationToken.None);

        Assert.Equal(PublishStatus.RetryableFailure, result.Status);
        Assert.Contains("http_500", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_RateLimitedHistory_Retryable()
    {
        _slack.Script("conversations.history", new FakeReply.OkFalse("ratelimited"));

        var result = await Publisher.PublishAsync(Target, Sample(), null, "slack:CDIGEST:2026-06-22", CancellationToken.None);

        Assert.Equal(PublishStatus.RetryableFailure, result.Status);
        Assert.Empty(_slack.Calls("chat.postMessage"));
    }

    [Fact]
    public async Task Publish_UploadFailsAfterPost_StillOk()
    {
        _slack.Script("upload", new FakeReply.Status(500));

        var result = await Publisher.PublishAsync(Target, Sample(), Png, "slack:CDIGEST:2026-06-22", CancellationToken.None);

        Assert.Equal(PublishStatus.Ok, result.Status);
        Assert.NotNull(result.MessageId);
        Assert.Single(_slack.Calls("chat.postMessage"));
        Assert.Empty(_slack.Calls("files.completeUploadExternal"));
    }

    [Fact]
    public async Task Publish_CompleteUploadRefused_StillOk()
    {
        _slack.Script("files.completeUploadExternal", new FakeReply.OkFalse("missing_scope", "files:write"));

        var result = await Publisher.PublishAsync(Target, Sample(), Png, "slack:CDIGEST:2026-06-22", CancellationToken.None);

        Assert.Equal(PublishStatus.Ok, result.Status);
    }

    [Fact]
    public async Task Publish_LongDigest_StaysWithinBlockKitLimits()
    {
        var digest = Sample(string.Join("\n\n", Enumerable.Repeat(new string('x', 2500), 80)));

        var result = await Publisher.PublishAsync(Target, digest, null, "slack:CDIGEST:2026-06-22", CancellationToken.None);

        Assert.Equal(PublishStatus.Ok, result.Status);
        var post = Assert.Single(_slack.Calls("chat.postMessage"));
        BlockKitAssert.WithinLimits(JsonNode.Parse(post.Body.GetRawText())!.AsObject());
        Assert.True(post.Str("text")!.Length <= 4000);
    }

    [Fact]
    public void AddSlack_RegistersTheSlackPublisherForTheRunner()
    {
        var (publisher, logOnly) = _host.Get<DigestPublishers>().For(Platforms.Slack);

        Assert.False(logOnly);
        Assert.IsType<SlackDigestPublisher>(publisher);
        Assert.Contains(_host.Get<IEnumerable<IDigestPublisher>>(), p => p is SlackDigestPublisher);
    }

    [Fact]
    public async Task SlackOff_RunnerFallsBackToLogOnly()
    {
        await _host.DisposeAsync();
        _host = DigestHost.Create(_slack, _db.Path, new Dictionary<string, string?> { ["Slack:Mode"] = "Off" });

        var (publisher, logOnly) = _host.Get<DigestPublishers>().For(Platforms.Slack);

        Assert.True(logOnly);
        Assert.IsNotType<SlackDigestPublisher>(publisher);
    }

    [Fact]
    public async Task DigestRunner_Tick_PostsOnce_SecondTickNothing()
    {
        await _host.DisposeAsync();
        _host = DigestHost.Create(_slack, _db.Path, new Dictionary<string, string?>
        {
            ["Digest:Subscriptions:0:Platform"] = "slack",
            ["Digest:Subscriptions:0:Workspace"] = FakeSlackServer.TeamId,
            ["Digest:Subscriptions:0:Channel"] = "CDIGEST",
            // 18:00 in Seoul is 09:00 UTC: SlackTestApp.Now (09:30 UTC) is half an hour after it.
            ["Digest:Subscriptions:0:Time"] = "18:00",
            ["Digest:Subscriptions:0:TimeZone"] = "Asia/Seoul",
        });
        var runner = _host.Get<DigestRunner>();

        var first = await runner.TickAsync(SlackTestApp.Now, CancellationToken.None);
        var second = await runner.TickAsync(SlackTestApp.Now.AddMinutes(1), CancellationToken.None);

        Assert.Equal(DigestTickOutcome.Sent, Assert.Single(first).Outcome);
        Assert.Equal(DigestTickOutcome.AlreadyDone, Assert.Single(second).Outcome);
        var post = Assert.Single(_slack.Calls("chat.postMessage"));
        Assert.Equal("CDIGEST", post.Str("channel"));
        Assert.Equal("slack:CDIGEST:2026-11-27", post.Body.GetProperty("metadata").GetProperty("event_payload").GetProperty("key").GetString());
        // A chart, when the digest has one, goes into the digest's thread.
        Assert.All(_slack.Calls("files.completeUploadExternal"), c => Assert.Equal("1800000000.000001", c.Str("thread_ts")));
    }

    [Fact]
    public async Task DigestRunner_RecordLostAfterPost_ReSendFindsTheMessage()
    {
        // A crash between the post and the delivery record: a fresh store (another temp file) re-sends with the same key.
        var settings = new Dictionary<string, string?>
        {
            ["Digest:Subscriptions:0:Platform"] = "slack",
            ["Digest:Subscriptions:0:Channel"] = "CDIGEST",
            ["Digest:Subscriptions:0:Time"] = "18:00",
            ["Digest:Subscriptions:0:TimeZone"] = "Asia/Seoul",
        };
        await _host.DisposeAsync();
        _host = DigestHost.Create(_slack, _db.Path, settings);
        await _host.Get<DigestRunner>().TickAsync(SlackTestApp.Now, CancellationToken.None);
        await _host.DisposeAsync();
        var other = new TempDatabase();
        try
        {
            _host = DigestHost.Create(_slack, other.Path, settings);
            var again = await _host.Get<DigestRunner>().TickAsync(SlackTestApp.Now.AddMinutes(5), CancellationToken.None);

            Assert.Equal(DigestTickOutcome.Sent, Assert.Single(again).Outcome);
            Assert.Single(_slack.Calls("chat.postMessage"));
        }
        finally
        {
            await _host.DisposeAsync();
            _host = DigestHost.Create(_slack, _db.Path);
            other.Delete();
        }
    }
}
