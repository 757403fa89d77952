using System.Text.Json;
using Bot.Adapters.Discord.Outbound;
using Bot.Adapters.Discord.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Tests.Digest;

/// <summary>The Discord digest publisher against the fake Discord REST server on loopback (real HTTP, real multipart).</summary>
public sealed class DiscordDigestPublisherTests : IAsyncLifetime
{
    private const string MessagesPath = "/api/v10/channels/C1/messages";
    private const string Key = "discord:C1:2026-06-22";
    private static readonly DigestTarget Target = new("discord", "G1", "C1");

    // 08:00 in Seoul on 22 June 2026 is 23:00 UTC on 21 June.
    private static readonly DateTimeOffset DueSeoul = new(2026, 6, 21, 23, 0, 0, TimeSpan.Zero);

    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private FakeDiscordRest _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscordRest.StartAsync();
        _fake.Respond = (r, _) => r.Method == "POST" && r.Path == MessagesPath ? new FakeResponse(200, """{"id":"m1","channel_id":"C1"}""") : null;
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Publish_WithChart_SendsMultipartPayloadJsonWithNonceAndThePngAsFiles0()
    {
        using var host = Host();

        var result = await Publisher(host).PublishAsync(Target, SampleDigest(), Png, Key, Bounded());

        Assert.Equal(PublishStatus.Ok, result.Status);
        Assert.Equal("m1", result.MessageId);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(MessagesPath, request.Path);
        Assert.StartsWith("multipart/form-data", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Matches(@"name=""?files\[0\]""?; filename=""?chart\.png""?", request.Body);
        Assert.Contains("Content-Type: image/png", request.Body, StringComparison.Ordinal);
        Assert.Contains("PNG", request.Body, StringComparison.Ordinal);

        using var payload = JsonDocument.Parse(PostedJson.Of(request.Body));
        var root = payload.RootElement;
        Assert.Equal(IdempotencyKey.ToNonce(Key), root.GetProperty("nonce").GetString());
        Assert.True(root.GetProperty("enforce_nonce").GetBoolean());
        Assert.Equal(0, root.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var attachment = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Equal(0, attachment.GetProperty("id").GetInt32());
        Assert.Equal("chart.png", attachment.GetProperty("filename").GetString());
        var embed = Assert.Single(root.GetProperty("embeds").EnumerateArray());
        Assert.Equal("attachment://chart.png", embed.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal("Daily digest", embed.GetProperty("title").GetString());
        Assert.Contains("On this day", embed.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_WithoutChart_SendsJsonWithNonceAndNoAttachments()
    {
        using var host = Host();

        var result = await Publisher(host).PublishAsync(Target, SampleDigest(), null, Key, Bounded());

        Assert.Equal(PublishStatus.Ok, result.Status);
        var request = Assert.Single(_fake.Requests);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        using var payload = JsonDocument.Parse(request.Body);
        Assert.Equal(IdempotencyKey.ToNonce(Key), payload.RootElement.GetProperty("nonce").GetString());
        Assert.False(payload.RootElement.TryGetProperty("attachments", out _));
    }

    [Theory]
    [InlineData(403, 50001)]
    [InlineData(403, 50013)]
    [InlineData(404, 10003)]
    public async Task Publish_ChannelRefused_PermanentWithoutRetry(int status, int code)
    {
        _fake.Respond = (_, _) => new FakeResponse(status, $$"""{"message":"Missing Access","code":{{code}}}""");
        using var host = Host();

        var result = await Publisher(host).PublishAsync(Target, SampleDigest(), Png, Key, Bounded());

        Assert.Equal(PublishStatus.PermanentFailure, result.Status);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task Publish_ServerError_RetryableAndNeverThrows()
    {
        _fake.Respond = (_, _) => new FakeResponse(500, """{"message":"boom","code":0}""");
        using var host = Host();

        var result = await Publisher(host).PublishAsync(Target, SampleDigest(), Png, Key, Bounded());

        Assert.Equal(PublishStatus.RetryableFailure, result.Status);
        // The client retried (bounded), and every attempt carried the same nonce, so a retry that lands twice posts once.
        Assert.True(_fake.Requests.Count > 1);
        Assert.All(_fake.Requests, r => Assert.Contains(IdempotencyKey.ToNonce(Key), r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_StillRateLimited_Retryable()
    {
        _fake.Respond = (_, _) => FakeResponse.RateLimited(0.01);
        using var host = Host();

        var result = await Publisher(host).PublishAsync(Target, SampleDigest(), Png, Key, Bounded());

        Assert.Equal(PublishStatus.RetryableFailure, result.Status);
    }

    [Fact]
    public void AddDiscord_WithBotToken_DigestPublishersPickTheDiscordPublisher()
    {
        using var host = Host();
        var publishers = new DigestPublishers(host.Services.GetServices<IDigestPublisher>(), new LogOnlyDigestPublisher(NullLogger<LogOnlyDigestPublisher>.Instance));

        var (publisher, logOnly) = publishers.For("discord");

        Assert.False(logOnly);
        Assert.IsType<DiscordDigestPublisher>(publisher);
    }

    [Fact]
    public void AddDiscord_WithoutBotToken_FallsBackToLogOnly()
    {
        var settings = DiscordServices.Defaults(_fake.BaseUrl);
        settings["Discord:BotToken"] = "";
        using var host = DiscordServices.Build(settings);
        var publishers = new DigestPublishers(host.Services.GetServices<IDigestPublisher>(), new LogOnlyDigestPublisher(NullLogger<LogOnlyDigestPublisher>.Instance));

        Assert.True(publishers.For("discord").LogOnly);
    }

    [Fact]
    public async Task DigestRunner_RealLiteDbAndThisPublisher_OnePostThenNoneOnTheNextTick()
    {
        var root = Path.Combine(Path.GetTempPath(), "bot-discord-digest-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var host = Host();
            using var db = new LiteDbContext(Options.Create(new StorageOptions { Path = Path.Combine(root, "bot.db") }));
            var store = new LiteDbDigestStore(db);
            var options = new DigestOptions
            {
                Subscriptions = [new DigestSubscriptionOptions { Platform = "discord", Workspace = "G1", Channel = "C1", Time = "08:00", TimeZone = "Asia/Seoul" }],
            };
            using var runner = new DigestRunner(
                new FixedKnowledgeProvider(TestBot.Knowledge),
                store,
                new DigestPublishers(host.Services.GetServices<IDigestPublisher>(), new LogOnlyDigestPublisher(NullLogger<LogOnlyDigestPublisher>.Instance)),
                new NoHeadlines(),
                Options.Create(options),
                NullLogger<DigestRunner>.Instance);

            var first = Assert.Single(await runner.TickAsync(DueSeoul, Bounded()));
            var second = Assert.Single(await runner.TickAsync(DueSeoul.AddMinutes(1), Bounded()));

            Assert.Equal(DigestTickOutcome.Sent, first.Outcome);
            Assert.Equal(DigestTickOutcome.AlreadyDone, second.Outcome);
            var post = Assert.Single(_fake.Requests, r => r.Method == "POST" && r.Path == MessagesPath);
            Assert.Contains(IdempotencyKey.ToNonce(Key), post.Body, StringComparison.Ordinal);
            Assert.Contains("Treaty on Basic Relations", post.Body, StringComparison.Ordinal);
            Assert.Equal(DeliveryState.Sent, store.Delivery(Key)!.State);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static Bot.Core.Digest.Digest SampleDigest() => new()
    {
        LocalDate = new DateOnly(2026, 6, 22),
        Title = "Daily digest",
        Sections =
        [
            new DigestSection("on-this-day", "On this day", "1965: the Treaty on Basic Relations is signed (61 years ago). <@123> @everyone"),
            new DigestSection("statistic", "Statistic", "Visitors, 2024"),
        ],
    };

    private IHost Host() => DiscordServices.Build(DiscordServices.Defaults(_fake.BaseUrl));

    private static DiscordDigestPublisher Publisher(IHost host) =>
        host.Services.GetServices<IDigestPublisher>().OfType<DiscordDigestPublisher>().Single();

    private static CancellationToken Bounded() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
