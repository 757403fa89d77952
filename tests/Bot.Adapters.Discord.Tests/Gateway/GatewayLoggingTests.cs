using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// At Trace level, nothing the Gateway client and REST client log carries the bot token (sent in Identify and in every
/// REST Authorization header) or an interaction token (in the callback URL's path: whoever has it can answer as the bot
/// for 15 minutes).
/// </summary>
public sealed class GatewayLoggingTests
{
    [Fact]
    public async Task IdentifyAndInteractionCallback_AtTrace_NeitherBotTokenNorInteractionTokenLogged()
    {
        const string botToken = "fakeBOTTOKEN.for-logging-test";
        const string interactionToken = "tok-5001"; // InteractionJson.Command uses "tok-" + id
        var logs = new LogLines();
        await using var rest = await FakeDiscordRest.StartAsync();
        await using var gateway = await FakeGateway.StartAsync();
        rest.GatewayUrl = gateway.Url;
        var settings = DiscordServices.Defaults(rest.BaseUrl);
        settings["Discord:Mode"] = "Gateway";
        settings["Discord:BotToken"] = botToken;
        using var host = DiscordServices.Build(settings, logs: logs);
        await host.StartAsync();

        var peer = await gateway.NextAsync();
        await peer.SendHelloAsync(45_000);
        var identify = await peer.ReceiveOpAsync(2);
        await peer.SendReadyAsync("s1", gateway.ResumeUrl, sequence: 1);
        await peer.SendDispatchAsync("INTERACTION_CREATE", 2, InteractionJson.Command("stats", "5001", ("metric", "kr-imports-from-japan"), ("year", 2011)));
        var callback = await rest.WaitForAsync(r => r.Path.Contains("/interactions/5001/", StringComparison.Ordinal));
        await host.StopAsync().WaitAsync(Loopback.Bound);

        Assert.Equal(botToken, identify.GetProperty("d").GetProperty("token").GetString());
        Assert.Contains(interactionToken, callback.Path, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Trace || l.Level == LogLevel.Debug || l.Level == LogLevel.Information);
        Assert.DoesNotContain(logs.Lines, l => l.Text.Contains("fakeBOTTOKEN", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Text.Contains(interactionToken, StringComparison.Ordinal));
    }
}
