using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// <c>/knowledge reload</c> arriving over the Gateway: deferred through the callback endpoint (type 5, ephemeral), then the report
/// PATCHed into @original, as over HTTP.
/// </summary>
public sealed class GatewayKnowledgeReloadTests : IDisposable
{
    private readonly KnowledgeCopy _knowledge = new();

    public void Dispose() => _knowledge.Dispose();

    [Fact]
    public async Task InteractionCreate_KnowledgeReload_DeferredThenTheReportEditedIn()
    {
        await using var rest = await FakeDiscordRest.StartAsync();
        await using var gateway = await FakeGateway.StartAsync();
        rest.GatewayUrl = gateway.Url;
        var settings = DiscordServices.Defaults(rest.BaseUrl);
        settings["Discord:Mode"] = "Gateway";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddTestBot().AddDiscord();
        _knowledge.RegisterWithRouter(builder.Services);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            using var peer = await gateway.NextAsync();
            await peer.SendHelloAsync(45_000);
            await peer.ReceiveOpAsync(2);
            await peer.SendReadyAsync("s1", gateway.ResumeUrl, sequence: 1);
            _knowledge.Edit("timeline.yaml", "Treaty on Basic Relations and Claims Agreement signed in Tokyo", "Basic Treaty signed in Tokyo");
            var reload = JsonNode.Parse(InteractionJson.Interaction(2, "5101", new JsonObject
            {
                ["id"] = "9101",
                ["name"] = "knowledge",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "reload", ["type"] = 1 }),
            }))!.AsObject();
            reload["member"]!["permissions"] = "32";

            await peer.SendDispatchAsync("INTERACTION_CREATE", 2, reload.ToJsonString());

            var callback = await rest.WaitForAsync(r => r.Method == "POST" && r.Path == "/api/v10/interactions/5101/tok-5101/callback");
            var deferred = JsonDocument.Parse(callback.Body).RootElement;
            Assert.Equal(5, deferred.GetProperty("type").GetInt32());
            Assert.Equal(64, deferred.GetProperty("data").GetProperty("flags").GetInt32());
            var edit = await rest.WaitForAsync(r => r.Method == "PATCH" && r.Path == "/api/v10/webhooks/app1/tok-5101/messages/@original");
            Assert.True(edit.At >= callback.At);
            var text = JsonDocument.Parse(edit.Body).RootElement.GetProperty("content").GetString()!;
            Assert.StartsWith("Reloaded: ", text, StringComparison.Ordinal);
            Assert.Contains(_knowledge.Provider.Current.Timeline, e => e.Title == "Basic Treaty signed in Tokyo");
        }
        finally
        {
            using var stop = new CancellationTokenSource(Loopback.Bound);
            await host.StopAsync(stop.Token);
        }
    }
}
