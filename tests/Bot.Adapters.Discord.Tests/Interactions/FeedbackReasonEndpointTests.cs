using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Discord.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary>
/// 👎 → "why?" through the running endpoint (signed requests, fake Discord REST behind it), with the real LiteDB feedback store in a
/// temp folder: the select, the "other" modal and its submit, a vanished vote, asking once, and the 300-character cut.
/// </summary>
public sealed class FeedbackReasonEndpointTests : IAsyncLifetime
{
    private const int Ephemeral = 64;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "bot-discord-reason-tests", Guid.NewGuid().ToString("N"));
    private readonly TestSigner _signer = new();
    private FakeDiscordRest _rest = null!;
    private LiteDbContext _db = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;
    private SignedClient _client = null!;

    private IFeedbackStore Store { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _db = new LiteDbContext(Options.Create(new StorageOptions { Path = Path.Combine(_root, "bot.db") }));
        Store = new LiteDbFeedbackStore(_db, TimeProvider.System, NullLogger<LiteDbFeedbackStore>.Instance);
        _factory = new DiscordEndpointFactory(_signer.PublicKeyHex, _rest.BaseUrl, configure: services => services.AddSingleton(Store));
        _http = _factory.CreateKestrelClient();
        _client = new SignedClient(_http, _signer);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        await _rest.DisposeAsync();
        _db.Dispose();
        _signer.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private IReadOnlyList<FeedbackRecord> Stored(string answerId) => [.. Store.Since(DateTimeOffset.UnixEpoch).Where(r => r.AnswerId == answerId)];

    [Fact]
    public async Task Down_AsksWhyWithASelect_ChoosingStoresTheReasonAndReplacesThePrompt()
    {
        var down = await _client.InteractAsync(InteractionJson.Component("fb:down:4001", id: "4101"));

        Assert.Equal(4, down.GetProperty("type").GetInt32());
        var data = down.GetProperty("data");
        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Contains("What was wrong", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        var select = data.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal(3, select.GetProperty("type").GetInt32());
        Assert.Equal("fb:why:en:4001", select.GetProperty("custom_id").GetString());
        Assert.Equal(["wrong", "outdated", "not-neutral", "didnt-answer", "other"], select.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
        Assert.Contains(select.GetProperty("options").EnumerateArray(), o => o.GetProperty("label").GetString() == "It's out of date");

        var chosen = await _client.InteractAsync(Select("fb:why:en:4001", "outdated", "4102"));

        Assert.Equal(7, chosen.GetProperty("type").GetInt32());
        Assert.Contains("It's out of date", chosen.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(chosen.GetProperty("data").GetProperty("components").EnumerateArray());
        var vote = Assert.Single(Stored("4001"));
        Assert.False(vote.Helpful);
        Assert.Equal("outdated", vote.Reason);
        Assert.Null(vote.Text);
    }

    [Fact]
    public async Task Other_OpensAModal_SubmitStoresTheText()
    {
        await _client.InteractAsync(InteractionJson.Component("fb:down:4002", id: "4201"));

        var modal = await _client.InteractAsync(Select("fb:why:en:4002", "other", "4202"));

        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        var data = modal.GetProperty("data");
        Assert.Equal("fb:whytext:en:4002", data.GetProperty("custom_id").GetString());
        Assert.InRange(data.GetProperty("title").GetString()!.Length, 1, 45);
        var label = Assert.Single(data.GetProperty("components").EnumerateArray());
        Assert.Equal(18, label.GetProperty("type").GetInt32());
        var input = label.GetProperty("component");
        Assert.Equal(4, input.GetProperty("type").GetInt32());
        Assert.Equal(2, input.GetProperty("style").GetInt32());
        Assert.Equal(300, input.GetProperty("max_length").GetInt32());
        Assert.Equal("other", Assert.Single(Stored("4002")).Reason);

        var submitted = await _client.InteractAsync(ModalSubmit("fb:whytext:en:4002", "It leaves out the 2023 summit.", "4203"));

        Assert.Equal(7, submitted.GetProperty("type").GetInt32());
        Assert.Contains("It leaves out the 2023 summit.", submitted.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        var vote = Assert.Single(Stored("4002"));
        Assert.Equal("other", vote.Reason);
        Assert.Equal("It leaves out the 2023 summit.", vote.Text);
    }

    [Fact]
    public async Task Submit_TooLongWithControlsAndMassPings_CutTo300AndEchoedWithoutPinging()
    {
        await _client.InteractAsync(InteractionJson.Component("fb:down:4003", id: "4301"));
        var text = "@everyone \u0000look\r\n<@&123> " + new string('y', 301);

        var submitted = await _client.InteractAsync(ModalSubmit("fb:whytext:en:4003", text, "4302", onMessage: false));

        Assert.Equal(4, submitted.GetProperty("type").GetInt32());
        var data = submitted.GetProperty("data");
        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        var content = data.GetProperty("content").GetString()!;
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain(content, c => c == '\0');
        var stored = Assert.Single(Stored("4003")).Text!;
        Assert.Equal(300, stored.Length);
        Assert.DoesNotContain(stored, char.IsControl);
        Assert.StartsWith("@everyone look <@&123> yyy", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_301Characters_Truncated()
    {
        await _client.InteractAsync(InteractionJson.Component("fb:down:4004", id: "4401"));

        await _client.InteractAsync(ModalSubmit("fb:whytext:en:4004", new string('z', 301), "4402"));

        Assert.Equal(new string('z', 300), Assert.Single(Stored("4004")).Text);
    }

    [Fact]
    public async Task SecondDown_DoesNotAskAgain()
    {
        var first = await _client.InteractAsync(InteractionJson.Component("fb:down:4005", id: "4501"));
        var second = await _client.InteractAsync(InteractionJson.Component("fb:down:4005", id: "4502"));

        Assert.True(first.GetProperty("data").TryGetProperty("components", out _));
        Assert.Equal(4, second.GetProperty("type").GetInt32());
        Assert.False(second.GetProperty("data").TryGetProperty("components", out _));
        Assert.Contains("Thanks", second.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoteChangedToUp_ReasonRefusedClearly_AndTheNextDownAsksAgain()
    {
        await _client.InteractAsync(InteractionJson.Component("fb:down:4006", id: "4601"));
        await _client.InteractAsync(InteractionJson.Component("fb:up:4006", id: "4602"));

        var refused = await _client.InteractAsync(Select("fb:why:en:4006", "wrong", "4603"));

        Assert.Equal(7, refused.GetProperty("type").GetInt32());
        Assert.Contains("That vote is no longer there — click 👎 again", refused.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.True(Assert.Single(Stored("4006")).Helpful);

        var again = await _client.InteractAsync(InteractionJson.Component("fb:down:4006", id: "4604"));
        Assert.Equal("fb:why:en:4006", again.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task NoVoteAtAll_ModalSubmitSaysTheVoteIsGone()
    {
        var response = await _client.InteractAsync(ModalSubmit("fb:whytext:en:4007", "hello", "4701"));

        Assert.Contains("no longer there", response.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(Stored("4007"));
    }

    [Theory]
    [InlineData("fb:why:xx:4008", "wrong", 3)]
    [InlineData("fb:why:en:not-a-snowflake", "wrong", 3)]
    [InlineData("fb:why:en:4008", "made-up-reason", 3)]
    [InlineData("fb:why:", "wrong", 3)]
    [InlineData("fb:whytext:en:abc", "", 5)]
    [InlineData("fb:whytext:", "", 5)]
    public async Task GarbageCustomIdsOrValues_ClearMessageNever500(string customId, string value, int type)
    {
        await _client.InteractAsync(InteractionJson.Component("fb:down:4008", id: "4801"));

        var response = type == 3 ? await _client.InteractAsync(Select(customId, value, "4802")) : await _client.InteractAsync(ModalSubmit(customId, "x", "4802"));

        Assert.Contains("no longer there", response.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(Stored("4008")).Reason);
    }

    [Fact]
    public async Task KoreanClient_PromptAndLabelsInKorean()
    {
        var json = JsonNode.Parse(InteractionJson.Component("fb:down:4009", id: "4901"))!.AsObject();
        json["locale"] = "ko";

        var down = await _client.InteractAsync(json.ToJsonString());

        var select = down.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal("fb:why:ko:4009", select.GetProperty("custom_id").GetString());
        Assert.Contains(select.GetProperty("options").EnumerateArray(), o => o.GetProperty("label").GetString() == "중립적이지 않아요");

        var chosen = await _client.InteractAsync(Select("fb:why:ko:4009", "not-neutral", "4902"));
        Assert.Contains("중립적이지 않아요", chosen.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModalSubmit_BadSignature_401AndNothingStored()
    {
        await _client.InteractAsync(InteractionJson.Component("fb:down:4010", id: "4951"));
        var body = Encoding.UTF8.GetBytes(ModalSubmit("fb:whytext:en:4010", "forged", "4952"));

        using var response = await _client.PostRawAsync(body, SignedClient.Timestamp, new string('0', 128));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(Assert.Single(Stored("4010")).Reason);
    }

    /// <summary>A choice in the string select (component type 3) on the ephemeral prompt.</summary>
    private static string Select(string customId, string value, string id)
    {
        var json = JsonNode.Parse(InteractionJson.Interaction(3, id, new JsonObject
        {
            ["custom_id"] = customId,
            ["component_type"] = 3,
            ["values"] = new JsonArray(value),
        }))!.AsObject();
        json["message"] = new JsonObject { ["id"] = "77" + id, ["channel_id"] = InteractionJson.ChannelId, ["flags"] = 64 };
        return json.ToJsonString();
    }

    /// <summary>A MODAL_SUBMIT (type 5) of the "other" modal, with its text input inside a Label as Discord sends it.</summary>
    private static string ModalSubmit(string customId, string text, string id, bool onMessage = true)
    {
        var json = JsonNode.Parse(InteractionJson.Interaction(5, id, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 18,
                ["id"] = 1,
                ["component"] = new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = "text", ["value"] = text },
            }),
        }))!.AsObject();
        if (onMessage)
        {
            json["message"] = new JsonObject { ["id"] = "88" + id, ["channel_id"] = InteractionJson.ChannelId, ["flags"] = 64 };
        }

        return json.ToJsonString();
    }
}
