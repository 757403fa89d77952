using System.Text.Json;
using Bot.Adapters.Discord.Tests.Gateway;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Conversations;

/// <summary>
/// Conversations where people are, over the fake Gateway and REST: @mentions answered as replies, follow-ups (a reply to the answer,
/// or another mention), DMs, and everything that must not be answered (bots, webhooks, the bot itself, quoted mentions, replays).
/// One worker, so a later sentinel DM proves everything before it was handled.
/// </summary>
public sealed class GatewayMessageTests : IAsyncLifetime
{
    private GatewayHarness _h = null!;
    private GatewayPeer _peer = null!;
    private int _sequence = 10;

    public async Task InitializeAsync()
    {
        _h = await GatewayHarness.StartAsync(null, ("Discord:Workers", "1"));
        _peer = await _h.ConnectReadyAsync();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Mention_InAChannel_AnsweredAsAReplyWithTheEmbedAndNoPing()
    {
        await SendAsync(MessageJson.Create("501", "<@42> Korea's imports from Japan in 2011?", mentions: ["42"]));

        var post = await PostTo("100");
        var body = JsonDocument.Parse(post.Body).RootElement;

        Assert.Equal("501", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Contains(InteractionJson.Strings(body.GetProperty("embeds")), s => s.Contains("68.3", StringComparison.Ordinal));
        Assert.Contains(InteractionJson.Strings(body.GetProperty("components")), s => s == "thread:501");
    }

    [Fact]
    public async Task FollowUp_AReplyToTheAnswerOrAnotherMention_KeepsTheContext()
    {
        await SendAsync(MessageJson.Create("501", "<@42> korea exports to japan 2019", mentions: ["42"]));
        await PostTo("100");
        // A reply to the bot's answer pings it (mentions holds the bot) without <@42> in the text.
        await SendAsync(MessageJson.Create("502", "and the year after that?", mentions: ["42"], replyTo: "42"));
        await SendAsync(MessageJson.Create("503", "<@42> and the year after that?", mentions: ["42"]));
        // Someone else's follow-up in the same channel has no context of theirs.
        await SendAsync(MessageJson.Create("504", "<@42> and the year after that?", author: "7002", mentions: ["42"]));

        var posts = await PostsTo("100", 4);

        Assert.Contains(Embeds(posts[1]), s => s.Contains("2020", StringComparison.Ordinal));
        Assert.Contains(Embeds(posts[2]), s => s.Contains("2021", StringComparison.Ordinal));
        Assert.DoesNotContain(Embeds(posts[3]), s => s.Contains("2020", StringComparison.Ordinal) || s.Contains("2021", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DirectMessage_AnsweredWithItsOwnContext_WithoutAThreadButton()
    {
        await SendAsync(MessageJson.Create("601", "korea exports to japan 2019", channel: "900", guild: null));
        await SendAsync(MessageJson.Create("602", "and the year after that?", channel: "900", guild: null));

        var posts = await PostsTo("900", 2);

        Assert.Contains(Embeds(posts[1]), s => s.Contains("2020", StringComparison.Ordinal));
        Assert.DoesNotContain(InteractionJson.Strings(JsonDocument.Parse(posts[0].Body).RootElement), s => s.StartsWith("thread:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bot")]
    [InlineData("webhook")]
    [InlineData("self")]
    [InlineData("unaddressed")]
    [InlineData("quoted")]
    [InlineData("system")]
    public async Task Message_NotMeantForTheBot_NeverAnswered(string kind)
    {
        var message = kind switch
        {
            "bot" => MessageJson.Create("701", "<@42> what is GSOMIA?", author: "9999", bot: true, mentions: ["42"]),
            "webhook" => MessageJson.Create("701", "<@42> what is GSOMIA?", author: "9999", webhook: true, mentions: ["42"]),
            "self" => MessageJson.Create("701", "<@42> what is GSOMIA?", author: MessageJson.BotId, mentions: ["42"]),
            "unaddressed" => MessageJson.Create("701", "what is GSOMIA?"),
            "quoted" => MessageJson.Create("701", "the bot is called like this: `<@42>` ok?", mentions: ["42"]),
            _ => MessageJson.Create("701", "<@42> what is GSOMIA?", mentions: ["42"], type: 7),
        };

        await SendAsync(message);
        await SentinelAsync();

        Assert.Equal(0, _h.Rest.Count("POST", "/api/v10/channels/100/messages"));
    }

    [Fact]
    public async Task Mention_ReplayedAfterAResume_AnsweredOnce()
    {
        var message = MessageJson.Create("801", "<@42> what is GSOMIA?", mentions: ["42"]);

        await SendAsync(message);
        await SendAsync(message);
        await SentinelAsync();

        Assert.Equal(1, _h.Rest.Count("POST", "/api/v10/channels/100/messages"));
    }

    [Fact]
    public async Task Mention_WithThirtyMentionsAndEveryone_AnsweredOnceAndPingsNobody()
    {
        var people = Enumerable.Range(0, 30).Select(i => $"{3000 + i}").ToArray();
        var text = "<@42> @everyone " + string.Join(' ', people.Select(p => $"<@{p}>")) + " what is GSOMIA?";

        await SendAsync(MessageJson.Create("802", text, mentions: ["42", .. people]));
        var body = JsonDocument.Parse((await PostTo("100")).Body).RootElement;

        Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.DoesNotContain(InteractionJson.Strings(body), s => s.Contains("@everyone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Thanks_GetsOneThumbsUpNotAnAnswer()
    {
        await SendAsync(MessageJson.Create("901", "<@42> thanks!", mentions: ["42"]));
        await SentinelAsync();

        Assert.Equal(0, _h.Rest.Count("POST", "/api/v10/channels/100/messages"));
        Assert.Equal(1, _h.Rest.Count("PUT", "/api/v10/channels/100/messages/901/reactions/"));
    }

    [Fact]
    public async Task DirectMessage_TheUserTakesNoDms_LoggedOnceAndNeverRetried()
    {
        await using var h = await GatewayHarness.StartAsync(rest => rest.Respond = (r, _) => r.Path == "/api/v10/channels/950/messages"
            ? new FakeResponse(403, """{"message":"Cannot send messages to this user","code":50007}""")
            : null, ("Discord:Workers", "1"));
        var peer = await h.ConnectReadyAsync();
        var logs = h.Logs;

        await peer.SendDispatchAsync("MESSAGE_CREATE", 20, MessageJson.Create("951", "what is GSOMIA?", channel: "950", guild: null));
        await peer.SendDispatchAsync("MESSAGE_CREATE", 21, MessageJson.Create("952", "and GSOMIA?", channel: "950", guild: null));
        await peer.SendDispatchAsync("MESSAGE_CREATE", 22, MessageJson.Create("953", "help", channel: "960", guild: null));
        await h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == "/api/v10/channels/960/messages");

        Assert.Equal(2, h.Rest.Count("POST", "/api/v10/channels/950/messages"));
        Assert.Single(logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Text.Contains("refused the bot's reply", StringComparison.Ordinal));
    }

    private Task SendAsync(string message) => _peer.SendDispatchAsync("MESSAGE_CREATE", ++_sequence, message);

    private async Task SentinelAsync()
    {
        await SendAsync(MessageJson.Create("999", "help", channel: "990", guild: null));
        await PostTo("990");
    }

    private Task<RecordedRequest> PostTo(string channel) =>
        _h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{channel}/messages");

    private async Task<IReadOnlyList<RecordedRequest>> PostsTo(string channel, int count)
    {
        await _h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{channel}/messages"
            && _h.Rest.Count("POST", $"/api/v10/channels/{channel}/messages") >= count);
        return [.. _h.Rest.Requests.Where(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{channel}/messages")];
    }

    private static IEnumerable<string> Embeds(RecordedRequest post) => InteractionJson.Strings(JsonDocument.Parse(post.Body).RootElement.GetProperty("embeds"));
}
