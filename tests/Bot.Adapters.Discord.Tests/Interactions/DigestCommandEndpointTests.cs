using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Discord.Tests.Support;
using Bot.Core.Abstractions;
using Bot.Core.Digest;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary>
/// <c>/digest</c> through the running endpoint (signed requests), with a real LiteDB digest store in a temp file and a fake
/// clock at 09:00 in Seoul on 22 June 2026 (the 1965 treaty's anniversary).
/// </summary>
public sealed class DigestCommandEndpointTests : IAsyncLifetime
{
    private const int Ephemeral = 64;
    private const string Guild = "81384788765712384";
    private const string Channel = "555000111";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "bot-discord-digest-cmd-tests", Guid.NewGuid().ToString("N"));
    private readonly TestSigner _signer = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 22, 0, 0, 0, TimeSpan.Zero));
    private FakeDiscordRest _rest = null!;
    private LiteDbContext _db = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;
    private SignedClient _client = null!;

    private IDigestStore Store { get; set; } = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _db = new LiteDbContext(Options.Create(new StorageOptions { Path = Path.Combine(_root, "bot.db") }));
        Store = new LiteDbDigestStore(_db);
        _factory = new DiscordEndpointFactory(_signer.PublicKeyHex, _rest.BaseUrl, configure: services =>
        {
            services.AddSingleton(Store);
            services.AddSingleton<TimeProvider>(_time);
        });
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

    [Fact]
    public async Task Subscribe_ValidTimeAndZone_SavedForThisGuildAndConfirmedEphemerally()
    {
        var response = await _client.InteractAsync(Digest("3001", "subscribe", ("channel", Channel, 7), ("time", "08:30", 3), ("timezone", "Asia/Tokyo", 3)));

        var text = Notice(response);
        Assert.Contains("08:30", text, StringComparison.Ordinal);
        Assert.Contains("Asia/Tokyo", text, StringComparison.Ordinal);
        var saved = Store.Subscription("discord", Channel)!;
        Assert.Equal(Guild, saved.Workspace);
        Assert.Equal(new TimeOnly(8, 30), saved.Time);
        Assert.Equal("Asia/Tokyo", saved.TimeZone);
        Assert.Equal(SubscriptionOrigin.Command, saved.Origin);
        Assert.Equal(_time.GetUtcNow(), saved.CreatedAt);
    }

    [Fact]
    public async Task Subscribe_NoZone_DefaultsToSeoul()
    {
        await _client.InteractAsync(Digest("3002", "subscribe", ("channel", Channel, 7), ("time", "7:05", 3)));

        Assert.Equal("Asia/Seoul", Store.Subscription("discord", Channel)!.TimeZone);
    }

    [Theory]
    [InlineData("8am", "Asia/Seoul", "not a time")]
    [InlineData("25:00", "Asia/Seoul", "not a time")]
    [InlineData("08:00", "Mars/Olympus", "not a time zone")]
    public async Task Subscribe_BadTimeOrZone_ClearEphemeralMessageAndNothingSaved(string time, string zone, string expected)
    {
        var response = await _client.InteractAsync(Digest("3003", "subscribe", ("channel", Channel, 7), ("time", time, 3), ("timezone", zone, 3)));

        Assert.Contains(expected, Notice(response), StringComparison.Ordinal);
        Assert.Null(Store.Subscription("discord", Channel));
    }

    [Fact]
    public async Task Unsubscribe_RemovesThisGuildsSubscription()
    {
        Store.Save(Sub(Guild));

        var response = await _client.InteractAsync(Digest("3004", "unsubscribe", ("channel", Channel, 7)));

        Assert.Contains("no longer", Notice(response), StringComparison.Ordinal);
        Assert.Null(Store.Subscription("discord", Channel));
    }

    [Fact]
    public async Task Unsubscribe_AnotherGuildsChannel_Refused()
    {
        Store.Save(Sub("other-guild"));

        var response = await _client.InteractAsync(Digest("3005", "unsubscribe", ("channel", Channel, 7)));

        Assert.Contains("no digest subscription in this server", Notice(response), StringComparison.Ordinal);
        Assert.NotNull(Store.Subscription("discord", Channel));
    }

    [Fact]
    public async Task Status_ListsOnlyThisGuildsSubscriptionsWithTheLastDelivery()
    {
        Store.Save(Sub(Guild));
        Store.Save(Sub("other-guild") with { Channel = "999" });
        Store.TryClaim(new DigestDelivery
        {
            Key = IdempotencyKey.For("discord", Channel, new DateOnly(2026, 6, 21)),
            SubscriptionId = Sub(Guild).Id,
            LocalDate = new DateOnly(2026, 6, 21),
            DueAt = new DateTimeOffset(2026, 6, 20, 23, 0, 0, TimeSpan.Zero),
            State = DeliveryState.Sent,
            UpdatedAt = new DateTimeOffset(2026, 6, 20, 23, 0, 1, TimeSpan.Zero),
        });

        var text = Notice(await _client.InteractAsync(Digest("3006", "status")));

        Assert.Contains($"<#{Channel}> at 08:00 (Asia/Seoul)", text, StringComparison.Ordinal);
        Assert.Contains("last: 2026-06-21 sent", text, StringComparison.Ordinal);
        Assert.DoesNotContain("999", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_TodayInTheSubscriptionsZone_EphemeralEmbedWithTheTreatyAnniversary()
    {
        Store.Save(Sub(Guild));

        var response = await _client.InteractAsync(Digest("3007", "preview", ("channel", Channel, 7)));

        var data = response.GetProperty("data");
        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.Contains("2026-06-22", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        var embed = Assert.Single(data.GetProperty("embeds").EnumerateArray());
        Assert.Contains("Treaty on Basic Relations", embed.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(_rest.Requests);
    }

    [Fact]
    public async Task TimezoneAutocomplete_SuggestsIanaZones()
    {
        var json = InteractionJson.Interaction(4, "3008", new JsonObject
        {
            ["id"] = "9002",
            ["name"] = "digest",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["name"] = "subscribe",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "timezone", ["type"] = 3, ["value"] = "tok", ["focused"] = true }),
            }),
        });

        var response = await _client.InteractAsync(json);

        Assert.Equal(8, response.GetProperty("type").GetInt32());
        var values = response.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal("Asia/Tokyo", values[0]);
    }

    private static DigestSubscription Sub(string guild) => new()
    {
        Platform = "discord",
        Workspace = guild,
        Channel = Channel,
        Time = new TimeOnly(8, 0),
        TimeZone = "Asia/Seoul",
    };

    /// <summary>The ephemeral type-4 reply's text.</summary>
    private static string Notice(JsonElement response)
    {
        Assert.Equal(4, response.GetProperty("type").GetInt32());
        var data = response.GetProperty("data");
        Assert.Equal(Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        return data.GetProperty("content").GetString()!;
    }

    private static string Digest(string id, string subcommand, params (string Name, string Value, int Type)[] options) =>
        InteractionJson.Interaction(2, id, new JsonObject
        {
            ["id"] = "9002",
            ["name"] = "digest",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["name"] = subcommand,
                ["type"] = 1,
                ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value })]),
            }),
        });
}

/// <summary>/stats with a chart renderer registered: deferred, then the original edited with the PNG as files[0] (multipart).</summary>
public sealed class StatsChartEndpointTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 9];

    private readonly TestSigner _signer = new();
    private FakeDiscordRest _rest = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;
    private SignedClient _client = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _factory = new DiscordEndpointFactory(_signer.PublicKeyHex, _rest.BaseUrl, configure: services =>
            services.AddSingleton<Bot.Adapters.Common.Charts.IChartRenderer>(new FakeCharts((_, _) => Png)));
        _http = _factory.CreateKestrelClient();
        _client = new SignedClient(_http, _signer);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        await _rest.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task Stats_RangeWithChart_DeferredThenEditedWithMultipartChart()
    {
        var response = await _client.InteractAsync(InteractionJson.Command("stats", "3101", ("metric", "kr-exports-to-japan"), ("from", 2015), ("to", 2020)));

        Assert.Equal(5, response.GetProperty("type").GetInt32());
        var edit = await _rest.WaitForAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));
        Assert.StartsWith("multipart/form-data", edit.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Matches(@"name=""?files\[0\]""?; filename=""?chart\.png""?", edit.Body);
        Assert.Contains("Content-Type: image/png", edit.Body, StringComparison.Ordinal);
        Assert.Contains("\"attachments\":[{\"id\":0,\"filename\":\"chart.png\"}]", edit.Body, StringComparison.Ordinal);
        Assert.Contains("attachment://chart.png", edit.Body, StringComparison.Ordinal);
        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", edit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task About_NoChart_StillAnsweredInTheInitialResponse()
    {
        var response = await _client.InteractAsync(InteractionJson.Command("about", "3102"));

        Assert.Equal(4, response.GetProperty("type").GetInt32());
    }
}

/// <summary>When Discord refuses the chart upload, the answer is edited in without it.</summary>
public sealed class StatsChartRefusedEndpointTests : IAsyncLifetime
{
    private readonly TestSigner _signer = new();
    private FakeDiscordRest _rest = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;
    private SignedClient _client = null!;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _rest.Respond = (r, _) => r.Method == "PATCH" && r.Headers["Content-Type"].StartsWith("multipart/", StringComparison.Ordinal)
            ? new FakeResponse(400, """{"message":"Request entity too large","code":40005}""")
            : null;
        _factory = new DiscordEndpointFactory(_signer.PublicKeyHex, _rest.BaseUrl, configure: services =>
            services.AddSingleton<Bot.Adapters.Common.Charts.IChartRenderer>(new FakeCharts((_, _) => [1, 2, 3])));
        _http = _factory.CreateKestrelClient();
        _client = new SignedClient(_http, _signer);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        await _rest.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task Stats_ChartRefused_EditedInAsJsonWithoutTheImage()
    {
        await _client.InteractAsync(InteractionJson.Command("stats", "3201", ("metric", "kr-exports-to-japan"), ("from", 2015), ("to", 2020)));

        var json = await _rest.WaitForAsync(r => r.Method == "PATCH" && r.Headers["Content-Type"].StartsWith("application/json", StringComparison.Ordinal));
        Assert.DoesNotContain("attachment://", json.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"attachments\"", json.Body, StringComparison.Ordinal);
    }
}
