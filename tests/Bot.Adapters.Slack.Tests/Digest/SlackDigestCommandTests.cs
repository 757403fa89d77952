using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Slack.Tests.Support;
using Bot.Core;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Slack.Tests.Digest;

/// <summary>/jk digest … through the signed /slack/commands endpoint, over real LiteDB storage.</summary>
public sealed class SlackDigestCommandTests : IAsyncLifetime
{
    private const string Admin = "UADMIN";

    private readonly TempDatabase _db = new();
    private FakeSlackServer _slack = null!;
    private SlackTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _app = await SlackTestApp.StartAsync(_slack, _db.Path, new Dictionary<string, string?> { ["Slack:AdminUserIds:0"] = Admin });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
        _db.Delete();
    }

    private IDigestStore Store => _app.Services.GetRequiredService<IDigestStore>();

    private async Task<string> RunAsync(string text, string user = Admin)
    {
        var fields = SlackPayloads.Command(text);
        fields["user_id"] = user;
        var response = await _app.PostFormAsync("/slack/commands", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("ephemeral", json["response_type"]!.GetValue<string>());
        BlockKitAssert.WithinLimits(json);
        using var document = JsonDocument.Parse(body);
        return string.Join("\n", document.RootElement.GetProperty("blocks").EnumerateArray()
            .Select(b => b.TryGetProperty("text", out var t) ? t.GetProperty("text").GetString() : ""));
    }

    [Fact]
    public async Task Subscribe_Admin_SavesSlackSubscription()
    {
        var reply = await RunAsync("digest subscribe <#C777|jk-news> 08:30 Asia/Tokyo");

        var saved = Store.Subscription(Platforms.Slack, "C777");
        Assert.NotNull(saved);
        Assert.Equal(FakeSlackServer.TeamId, saved.Workspace);
        Assert.Equal(new TimeOnly(8, 30), saved.Time);
        Assert.Equal("Asia/Tokyo", saved.TimeZone);
        Assert.Equal(DigestSections.All, saved.Sections);
        Assert.Equal(SubscriptionOrigin.Command, saved.Origin);
        Assert.Equal(SlackTestApp.Now, saved.CreatedAt);
        Assert.Contains("#jk-news", reply, StringComparison.Ordinal);
        Assert.Contains("08:30 Asia/Tokyo", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_NoChannelNoZone_ThisChannelAndSeoul()
    {
        await RunAsync("digest subscribe 7:05");

        var saved = Store.Subscription(Platforms.Slack, "C1");
        Assert.NotNull(saved);
        Assert.Equal(new TimeOnly(7, 5), saved.Time);
        Assert.Equal(DigestRules.DefaultTimeZone, saved.TimeZone);
    }

    [Fact]
    public async Task Subscribe_EscapedChannelAndSections_Parsed()
    {
        // Slack escapes <, > in command text as &lt; &gt; when the app does not ask for unescaped channels.
        await RunAsync("digest subscribe &lt;#C778&gt; 19:00 America/New_York faq on-this-day");

        var saved = Store.Subscription(Platforms.Slack, "C778");
        Assert.NotNull(saved);
        Assert.Equal("America/New_York", saved.TimeZone);
        Assert.Equal(DigestSections.Faq | DigestSections.OnThisDay, saved.Sections);
    }

    [Theory]
    [InlineData("digest subscribe <#C777|x> 8am", "`8am` is not a time")]
    [InlineData("digest subscribe <#C777|x> 25:00", "`25:00` is not a time")]
    [InlineData("digest subscribe <#C777|x> 08:00 Mars/Olympus", "`Mars/Olympus` is not a time zone")]
    [InlineData("digest subscribe <#C777|x>", "At what time?")]
    [InlineData("digest subscribe #general 08:00", "can't tell which channel")]
    public async Task Subscribe_BadInput_ClearMessage_NothingSaved(string text, string expected)
    {
        var reply = await RunAsync(text);

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Empty(Store.Subscriptions());
    }

    [Theory]
    [InlineData("digest subscribe <#C777|x> 08:00")]
    [InlineData("digest unsubscribe <#C777|x>")]
    public async Task SubscribeOrUnsubscribe_NotAdmin_Refused(string text)
    {
        Store.Save(new DigestSubscription { Platform = Platforms.Slack, Channel = "C777", Time = new TimeOnly(9, 0) });

        var reply = await RunAsync(text, user: "USOMEONE");

        Assert.Contains("only the bot's Slack admins", reply, StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(9, 0), Store.Subscription(Platforms.Slack, "C777")!.Time);
    }

    [Fact]
    public async Task Unsubscribe_Admin_Removes()
    {
        await RunAsync("digest subscribe <#C777|x> 08:00");

        var reply = await RunAsync("digest unsubscribe <#C777|x>");
        var again = await RunAsync("digest unsubscribe <#C777|x>");

        Assert.Null(Store.Subscription(Platforms.Slack, "C777"));
        Assert.Contains("no longer", reply, StringComparison.Ordinal);
        Assert.Contains("is not subscribed", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_ConfiguredSubscription_PointsToConfiguration()
    {
        Store.Save(new DigestSubscription { Platform = Platforms.Slack, Channel = "C1", Time = new TimeOnly(9, 0), Origin = SubscriptionOrigin.Configuration });

        var reply = await RunAsync("digest unsubscribe");

        Assert.Contains("configuration", reply, StringComparison.Ordinal);
        Assert.NotNull(Store.Subscription(Platforms.Slack, "C1"));
    }

    [Fact]
    public async Task Status_AnyUser_ShowsSubscriptionAndFailure()
    {
        Store.Save(new DigestSubscription
        {
            Platform = Platforms.Slack, Channel = "C1", Time = new TimeOnly(8, 0), TimeZone = "Asia/Tokyo",
            Status = SubscriptionStatus.Failing, LastError = "slack chat.postMessage: not_in_channel",
        });

        var reply = await RunAsync("digest status", user: "USOMEONE");

        Assert.Contains("08:00 Asia/Tokyo", reply, StringComparison.Ordinal);
        Assert.Contains("not_in_channel", reply, StringComparison.Ordinal);
        Assert.Contains("No digest posted yet", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NotSubscribed_SaysSo()
    {
        var reply = await RunAsync("digest status");

        Assert.Contains("does not get the daily digest", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ShowsTodaysDigest_PostsNothing()
    {
        var reply = await RunAsync("digest preview", user: "USOMEONE");

        Assert.Contains("Preview", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(_slack.Calls(), c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task NoVerb_Usage()
    {
        var reply = await RunAsync("digest");

        Assert.Contains("/jk digest subscribe", reply, StringComparison.Ordinal);
    }
}
