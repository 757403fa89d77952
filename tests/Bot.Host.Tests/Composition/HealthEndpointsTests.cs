using System.Net;
using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Composition;

/// <summary><c>GET /readyz</c> on a real <c>serve</c> process: each enabled platform is a named check; a switched-off one is left out.</summary>
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Readyz_DiscordGatewayNotConnected_503NamingDiscordAndNoSlackCheck()
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>
        {
            ["Discord__Mode"] = "Gateway",
            ["Discord__ApplicationId"] = "app1",
            ["Discord__BotToken"] = "test-token",
            // Nothing listens there: the Gateway never becomes READY.
            ["Discord__GatewayUrl"] = "ws://127.0.0.1:1/",
        });

        using var response = await serve.Http.GetAsync(new Uri(serve.Url + "/readyz"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var checks = body.GetProperty("checks");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("not ready", body.GetProperty("status").GetString());
        Assert.Equal("gateway not connected", checks.GetProperty("discord").GetString());
        Assert.Equal("ok", checks.GetProperty("knowledge").GetString());
        Assert.Equal("ok", checks.GetProperty("database").GetString());
        Assert.False(checks.TryGetProperty("slack", out _), checks.ToString());
    }

    [Fact]
    public async Task Readyz_SlackEventsAndDiscordHttp_ReadyWithBothNamed()
    {
        using var temp = new TempFolder();
        await using var slack = await FakeApi.StartAsync();
        slack.Respond = _ => FakeApi.SlackIdentity;
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>
        {
            ["Discord__Mode"] = "Http",
            ["Discord__ApplicationId"] = "app1",
            ["Discord__PublicKey"] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            ["Slack__Mode"] = "Events",
            ["Slack__SigningSecret"] = "secret",
            ["Slack__BotToken"] = "xoxb-test",
            ["Slack__ApiBaseUrl"] = slack.SlackApiBaseUrl,
        });

        using var response = await serve.Http.GetAsync(new Uri(serve.Url + "/readyz"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["knowledge:ok", "database:ok", "retrieval:ok", "discord:ok", "slack:ok"],
            body.GetProperty("checks").EnumerateObject().Select(p => $"{p.Name}:{p.Value.GetString()}"));
    }
}
