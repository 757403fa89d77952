using System.Text.Json;
using Bot.Adapters.Discord.Tests.Gateway;
using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Conversations;

/// <summary>
/// "Continue in a thread": the button starts a thread from the answer, privately confirmed; inside it, messages continue the
/// conversation with the answer's context — without a mention when the Message Content intent is on, with one when it is off.
/// </summary>
public sealed class ThreadConversationTests
{
    private const string Channel = InteractionJson.ChannelId;
    private const string Thread = "4000";

    [Fact]
    public async Task ContinueInAThread_WithMessageContent_RepliesThereNeedNoMentionAndKeepTheContext()
    {
        await using var h = await StartAsync(messageContent: true);
        var peer = await h.ConnectReadyAsync();
        await peer.SendDispatchAsync("MESSAGE_CREATE", 2, MessageJson.Create("501", "<@42> korea exports to japan 2019", channel: Channel, mentions: ["42"]));
        await h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/messages");

        await peer.SendDispatchAsync("INTERACTION_CREATE", 3, InteractionJson.ComponentOn("thread:501", messageId: "777", id: "6001"));
        var callback = await h.Rest.WaitForAsync(r => r.Path == "/api/v10/interactions/6001/tok-6001/callback");
        var start = await h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/messages/777/threads");
        var confirmation = await h.Rest.WaitForAsync(r => r.Method == "PATCH" && r.Path == "/api/v10/webhooks/app1/tok-6001/messages/@original");

        await peer.SendDispatchAsync("MESSAGE_CREATE", 4, MessageJson.Create("502", "lol", channel: Thread));
        await peer.SendDispatchAsync("MESSAGE_CREATE", 5, MessageJson.Create("503", "<@7003> what do you think?", channel: Thread, mentions: ["7003"]));
        await peer.SendDispatchAsync("MESSAGE_CREATE", 6, MessageJson.Create("504", "and the year after that?", channel: Thread));
        var answer = await h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Thread}/messages");

        var callbackBody = JsonDocument.Parse(callback.Body).RootElement;
        Assert.Equal(5, callbackBody.GetProperty("type").GetInt32());
        Assert.Equal(64, callbackBody.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("2019", JsonDocument.Parse(start.Body).RootElement.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Contains($"<#{Thread}>", confirmation.Body, StringComparison.Ordinal);
        var body = JsonDocument.Parse(answer.Body).RootElement;
        Assert.Equal("504", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Contains(InteractionJson.Strings(body.GetProperty("embeds")), s => s.Contains("2020", StringComparison.Ordinal));
        // Inside the thread, no second "Continue in a thread".
        Assert.DoesNotContain(InteractionJson.Strings(body), s => s.StartsWith("thread:", StringComparison.Ordinal));
        Assert.Equal(1, h.Rest.Count("POST", $"/api/v10/channels/{Thread}/messages"));
    }

    [Fact]
    public async Task ContinueInAThread_WithoutMessageContent_RepliesThereNeedAMention()
    {
        await using var h = await StartAsync(messageContent: false);
        var peer = await h.ConnectReadyAsync();
        await peer.SendDispatchAsync("MESSAGE_CREATE", 2, MessageJson.Create("501", "<@42> korea exports to japan 2019", channel: Channel, mentions: ["42"]));
        await h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/messages");
        await peer.SendDispatchAsync("INTERACTION_CREATE", 3, InteractionJson.ComponentOn("thread:501", messageId: "777", id: "6001"));
        var confirmation = await h.Rest.WaitForAsync(r => r.Method == "PATCH" && r.Path == "/api/v10/webhooks/app1/tok-6001/messages/@original");

        // Without the intent Discord sends an unaddressed message's text empty.
        await peer.SendDispatchAsync("MESSAGE_CREATE", 4, MessageJson.Create("502", "", channel: Thread));
        await peer.SendDispatchAsync("MESSAGE_CREATE", 5, MessageJson.Create("503", "<@42> and the year after that?", channel: Thread, mentions: ["42"]));
        var answer = await h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Thread}/messages");

        Assert.Contains("mentioning me", confirmation.Body, StringComparison.Ordinal);
        var body = JsonDocument.Parse(answer.Body).RootElement;
        Assert.Equal("503", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Contains(InteractionJson.Strings(body.GetProperty("embeds")), s => s.Contains("2020", StringComparison.Ordinal));
        Assert.Equal(1, h.Rest.Count("POST", $"/api/v10/channels/{Thread}/messages"));
    }

    [Theory]
    [InlineData("<@42> 2019년 한국의 대일 수출은?", "ko")]
    [InlineData("<@42> 2019年の韓国の対日輸出は？", "ja")]
    public async Task ContinueInAThread_UnderAKoreanOrJapaneseAnswer_ConfirmedInItsLanguage(string question, string code)
    {
        var t = Bot.Core.Answers.Templates.AnswerTemplates.For(Bot.Core.Knowledge.Langs.FromLocale(code)!.Value);
        await using var h = await StartAsync(messageContent: true);
        var peer = await h.ConnectReadyAsync();
        await peer.SendDispatchAsync("MESSAGE_CREATE", 2, MessageJson.Create("501", question, channel: Channel, mentions: ["42"]));
        var posted = await h.Rest.WaitForAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/messages");

        await peer.SendDispatchAsync("INTERACTION_CREATE", 3, InteractionJson.ComponentOn("thread:501", messageId: "777", id: "6003"));
        var confirmation = await h.Rest.WaitForAsync(r => r.Method == "PATCH" && r.Path == "/api/v10/webhooks/app1/tok-6003/messages/@original");

        Assert.Contains(InteractionJson.Strings(JsonDocument.Parse(posted.Body).RootElement.GetProperty("components")), s => s == t.ContinueInThread);
        Assert.Equal(t.ThreadStarted($"<#{Thread}>", false), JsonDocument.Parse(confirmation.Body).RootElement.GetProperty("content").GetString());
    }

    [Fact]
    public async Task ContinueInAThread_TheAnswerAlreadyHasOne_SaysSoPrivately()
    {
        await using var h = await GatewayHarness.StartAsync(rest => rest.Respond = (r, _) => r.Path.EndsWith("/threads", StringComparison.Ordinal)
            ? new FakeResponse(400, """{"message":"A thread has already been created for this message","code":160004}""")
            : null, ("Discord:Workers", "1"));
        var peer = await h.ConnectReadyAsync();

        await peer.SendDispatchAsync("INTERACTION_CREATE", 3, InteractionJson.ComponentOn("thread:501", messageId: "777", id: "6002"));
        var confirmation = await h.Rest.WaitForAsync(r => r.Method == "PATCH" && r.Path == "/api/v10/webhooks/app1/tok-6002/messages/@original");

        Assert.Contains("already has a thread", confirmation.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlashCommandAnswer_OverTheGateway_OffersAThreadUnlessPrivate()
    {
        await using var h = await StartAsync(messageContent: false);
        var peer = await h.ConnectReadyAsync();

        await peer.SendDispatchAsync("INTERACTION_CREATE", 2, InteractionJson.Command("ask", "6101", ("question", "What is GSOMIA?")));
        await peer.SendDispatchAsync("INTERACTION_CREATE", 3, InteractionJson.Command("ask", "6102", ("question", "What is GSOMIA?"), ("private", true)));
        var shown = await h.Rest.WaitForAsync(r => r.Path == "/api/v10/interactions/6101/tok-6101/callback");
        var hidden = await h.Rest.WaitForAsync(r => r.Path == "/api/v10/interactions/6102/tok-6102/callback");

        Assert.Contains(InteractionJson.Strings(JsonDocument.Parse(shown.Body).RootElement), s => s == "thread:6101");
        Assert.DoesNotContain(InteractionJson.Strings(JsonDocument.Parse(hidden.Body).RootElement), s => s.StartsWith("thread:", StringComparison.Ordinal));
    }

    private static Task<GatewayHarness> StartAsync(bool messageContent) =>
        GatewayHarness.StartAsync(
            rest => rest.Respond = (r, _) => r.Method == "POST" && r.Path.EndsWith("/threads", StringComparison.Ordinal)
                ? new FakeResponse(201, $$"""{"id":"{{Thread}}","type":11,"parent_id":"{{Channel}}","name":"x"}""")
                : null,
            ("Discord:Workers", "1"), ("Discord:MessageContentIntent", messageContent ? "true" : "false"));
}
