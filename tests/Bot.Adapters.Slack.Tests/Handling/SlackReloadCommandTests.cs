using System.Net;
using System.Text.Json;
using Bot.Adapters.Slack.Handling;
using Bot.Adapters.Slack.Inbound;
using Bot.Adapters.Slack.Tests.Support;

namespace Bot.Adapters.Slack.Tests.Handling;

/// <summary>
/// <c>/jk reload</c> through the signed /slack/commands endpoint over a temporary copy of the knowledge folder. No inline budget, so
/// a reload is acknowledged with "working…" and its report arrives on response_url, as a slow one does in production.
/// </summary>
public sealed class SlackReloadCommandTests : IAsyncLifetime, IDisposable
{
    private const string Admin = "UADMIN";
    private const string OldTitle = "Treaty on Basic Relations and Claims Agreement signed in Tokyo";
    private const string NewTitle = "Basic Treaty and Claims Agreement signed at the Kantei";

    private readonly TempDatabase _db = new();
    private readonly KnowledgeCopy _knowledge = new();
    private FakeSlackServer _slack = null!;
    private SlackTestApp _app = null!;
    private int _next;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _app = await SlackTestApp.StartAsync(_slack, _db.Path, new Dictionary<string, string?>
        {
            ["Slack:AdminUserIds:0"] = Admin,
            ["Slack:InlineAnswerBudget"] = "00:00:00",
        }, configure: _knowledge.Register);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _slack.DisposeAsync();
        _db.Delete();
    }

    /// <summary>After <see cref="DisposeAsync"/> (xunit calls both): the app no longer reads the folder.</summary>
    public void Dispose() => _knowledge.Dispose();

    [Theory]
    [InlineData("reload")]
    [InlineData("knowledge reload")]
    public async Task Reload_AdminWithAGoodEdit_SaysReloadedAndTheNextQuestionSeesTheEdit(string text)
    {
        Assert.Contains(OldTitle, await RunAsync("when was the 1965 treaty signed?"), StringComparison.Ordinal);
        var before = _knowledge.Provider.Current.Version;
        _knowledge.Edit("timeline.yaml", OldTitle, NewTitle);

        var reply = await RunAsync(text, Admin);

        Assert.StartsWith("Reloaded: ", reply, StringComparison.Ordinal);
        var kb = _knowledge.Provider.Current;
        Assert.NotEqual(before, kb.Version);
        Assert.Contains($"{kb.Timeline.Count:#,0} events", reply, StringComparison.Ordinal);
        Assert.Contains($"(version {kb.Version})", reply, StringComparison.Ordinal);
        var after = await RunAsync("when was the 1965 treaty signed?");
        Assert.Contains(NewTitle, after, StringComparison.Ordinal);
        Assert.DoesNotContain(OldTitle, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_AdminWithABrokenEdit_ListsFileAndLineAndTheOldDataIsStillServed()
    {
        var before = _knowledge.Provider.Current;
        _knowledge.Edit("timeline.yaml", "date: \"1965-06-22\"", "date: \"1965-02-30\"");

        var reply = await RunAsync("reload", Admin);

        Assert.StartsWith($"Kept the current knowledge (version {before.Version})", reply, StringComparison.Ordinal);
        Assert.Matches(@"timeline\.yaml:\d+: ", reply);
        Assert.Same(before, _knowledge.Provider.Current);
        Assert.Contains(OldTitle, await RunAsync("when was the 1965 treaty signed?"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_NotAnAdmin_RefusedAtOnceAndNothingReloaded()
    {
        var before = _knowledge.Provider.Current;
        _knowledge.Edit("timeline.yaml", OldTitle, NewTitle);

        var response = await _app.PostFormAsync("/slack/commands", Command("reload", "U123", out _));

        var json = await JsonAsync(response);
        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Contains("only the bot's Slack admins can reload", Text(json), StringComparison.Ordinal);
        Assert.Same(before, _knowledge.Provider.Current);
        Assert.Contains(OldTitle, await RunAsync("when was the 1965 treaty signed?"), StringComparison.Ordinal);
    }

    /// <summary>Runs a /jk command and returns its reply's text: from the acknowledgement, or from response_url when it said "working…".</summary>
    private async Task<string> RunAsync(string text, string user = "U123")
    {
        var json = await JsonAsync(await _app.PostFormAsync("/slack/commands", Command(text, user, out var id)));
        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        var ack = Text(json);
        if (!ack.Contains(SlackReplies.Working, StringComparison.Ordinal))
        {
            return ack;
        }

        var followUp = (await _slack.WaitForAsync("response_url", where: c => c.Path == "/response/" + id)).Single();
        Assert.Equal("ephemeral", followUp.Str("response_type"));
        return string.Join("\n", followUp.Body.GetProperty("blocks").EnumerateArray()
            .Select(b => b.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.Object ? t.GetProperty("text").GetString() : ""));
    }

    private Dictionary<string, string> Command(string text, string user, out string id)
    {
        id = "cmd" + Interlocked.Increment(ref _next);
        var fields = SlackPayloads.Command(text, _slack.ResponseUrl(id), triggerId: "trigger-" + id);
        fields["user_id"] = user;
        return fields;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static string Text(JsonElement json) => string.Join("\n", json.GetProperty("blocks").EnumerateArray()
        .Select(b => b.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.Object ? t.GetProperty("text").GetString() : ""));
}
