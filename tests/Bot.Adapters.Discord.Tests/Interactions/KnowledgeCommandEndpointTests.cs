using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary>
/// <c>/knowledge reload</c> through the running endpoint (signed requests) over a temporary copy of the knowledge folder: the reply is
/// deferred ephemerally and edited in on the fake Discord; a following /ask sees what the reload brought (or did not).
/// </summary>
public sealed class KnowledgeCommandEndpointTests : IAsyncLifetime
{
    private const string OldTitle = "Treaty on Basic Relations and Claims Agreement signed in Tokyo";
    private const string NewTitle = "Basic Treaty and Claims Agreement signed at the Kantei";

    /// <summary>Manage Server alone (0x20), the least a member needs.</summary>
    private const string ManageGuild = "32";

    /// <summary>View Channel, Send Messages, Read History and the like, but not Manage Server.</summary>
    private const string Member = "68608";

    private readonly TestSigner _signer = new();
    private readonly KnowledgeCopy _knowledge = new();
    private FakeDiscordRest _rest = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;
    private SignedClient _client = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _factory = new DiscordEndpointFactory(_signer.PublicKeyHex, _rest.BaseUrl, configure: _knowledge.RegisterWithRouter);
        _http = _factory.CreateKestrelClient();
        _client = new SignedClient(_http, _signer);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        await _rest.DisposeAsync();
        _knowledge.Dispose();
        _signer.Dispose();
    }

    [Fact]
    public async Task Reload_AdminWithAGoodEdit_DefersEphemerallyThenSaysReloadedAndTheNextQuestionSeesTheEdit()
    {
        Assert.Contains(OldTitle, await AskAsync("7001"), StringComparison.Ordinal);
        var before = _knowledge.Provider.Current.Version;
        _knowledge.Edit("timeline.yaml", OldTitle, NewTitle);

        var response = await _client.InteractAsync(Reload("7002", ManageGuild));

        Assert.Equal(5, response.GetProperty("type").GetInt32());
        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        var text = await EditedTextAsync("7002");
        Assert.StartsWith("Reloaded: ", text, StringComparison.Ordinal);
        var kb = _knowledge.Provider.Current;
        Assert.NotEqual(before, kb.Version);
        Assert.Contains($"{kb.Timeline.Count:#,0} events", text, StringComparison.Ordinal);
        Assert.Contains($"(version {kb.Version})", text, StringComparison.Ordinal);
        Assert.Contains("as of " + kb.AsOf.ToDisplay(), text, StringComparison.Ordinal);

        var after = await AskAsync("7003");
        Assert.Contains(NewTitle, after, StringComparison.Ordinal);
        Assert.DoesNotContain(OldTitle, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_AdminWithABrokenEdit_ListsFileAndLineAndTheOldDataIsStillServed()
    {
        var before = _knowledge.Provider.Current;
        _knowledge.Edit("timeline.yaml", "date: \"1965-06-22\"", "date: \"1965-02-30\"");

        var response = await _client.InteractAsync(Reload("7011", "8")); // Administrator implies Manage Server

        Assert.Equal(5, response.GetProperty("type").GetInt32());
        var text = await EditedTextAsync("7011");
        Assert.StartsWith($"Kept the current knowledge (version {before.Version})", text, StringComparison.Ordinal);
        Assert.Matches(@"timeline\.yaml:\d+: ", text);
        Assert.True(text.Length <= 2000);
        Assert.Same(before, _knowledge.Provider.Current);
        Assert.Contains(OldTitle, await AskAsync("7012"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_TwoAdminsAtOnce_OneRebuildsTheOtherFindsItDone()
    {
        _knowledge.Edit("timeline.yaml", OldTitle, NewTitle);

        var responses = await Task.WhenAll(_client.InteractAsync(Reload("7041", ManageGuild)), _client.InteractAsync(Reload("7042", ManageGuild)));

        Assert.All(responses, r => Assert.Equal(5, r.GetProperty("type").GetInt32()));
        var texts = await Task.WhenAll(EditedTextAsync("7041"), EditedTextAsync("7042"));
        Assert.Single(texts, t => t.StartsWith("Reloaded: ", StringComparison.Ordinal));
        Assert.Single(texts, t => t.StartsWith("Already up to date", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains($"(version {_knowledge.Provider.Current.Version})", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_MemberWithoutManageServer_RefusedAndNothingReloaded()
    {
        var before = _knowledge.Provider.Current;
        _knowledge.Edit("timeline.yaml", OldTitle, NewTitle);

        var response = await _client.InteractAsync(Reload("7021", Member));

        Assert.Equal(4, response.GetProperty("type").GetInt32());
        Assert.Equal(64, response.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(KnowledgeCommand.NotAllowedText, response.GetProperty("data").GetProperty("content").GetString());
        await _factory.Services.GetRequiredKeyedService<Bot.Adapters.Common.Work.WorkQueue>(Bot.Core.Platforms.Discord).DrainAsync(new CancellationTokenSource(Loopback.Bound).Token);
        Assert.Equal(0, _rest.Count("PATCH", "/api/v10/webhooks/app1/tok-7021"));
        Assert.Same(before, _knowledge.Provider.Current);
    }

    [Fact]
    public async Task Reload_InADirectMessage_Refused()
    {
        var before = _knowledge.Provider.Current;
        _knowledge.Edit("timeline.yaml", OldTitle, NewTitle);
        var dm = JsonNode.Parse(Reload("7031", ManageGuild))!.AsObject();
        dm.Remove("guild_id");
        dm.Remove("member");
        dm["user"] = new JsonObject { ["id"] = InteractionJson.UserId, ["username"] = "tester" };

        var response = await _client.InteractAsync(dm.ToJsonString());

        Assert.Equal(4, response.GetProperty("type").GetInt32());
        Assert.Equal(KnowledgeCommand.GuildOnlyText, response.GetProperty("data").GetProperty("content").GetString());
        Assert.Same(before, _knowledge.Provider.Current);
    }

    private static string Reload(string id, string permissions)
    {
        var json = JsonNode.Parse(InteractionJson.Interaction(2, id, new JsonObject
        {
            ["id"] = "9101",
            ["name"] = "knowledge",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "reload", ["type"] = 1 }),
        }))!.AsObject();
        json["member"]!["permissions"] = permissions;
        return json.ToJsonString();
    }

    /// <summary>The content of the deferred reply's edit of @original.</summary>
    private async Task<string> EditedTextAsync(string id)
    {
        var edit = await _rest.WaitForAsync(r => r.Method == "PATCH" && r.Path == $"/api/v10/webhooks/app1/tok-{id}/messages/@original");
        var body = JsonDocument.Parse(edit.Body).RootElement;
        Assert.Empty(body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        return body.GetProperty("content").GetString()!;
    }

    /// <summary>Asks about the 1965 treaty and returns the answer's JSON (from the response, or from the edit when it was deferred).</summary>
    private async Task<string> AskAsync(string id)
    {
        var response = await _client.InteractAsync(InteractionJson.Command("ask", id, ("question", "When was the 1965 treaty signed?")));
        if (response.GetProperty("type").GetInt32() == 4)
        {
            return response.GetRawText();
        }

        return (await _rest.WaitForAsync(r => r.Method == "PATCH" && r.Path.Contains($"tok-{id}/", StringComparison.Ordinal))).Body;
    }
}
