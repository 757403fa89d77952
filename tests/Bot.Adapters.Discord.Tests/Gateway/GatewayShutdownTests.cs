using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// Stopping the host while connected: the Gateway session ends with a 1000 close frame (not a dropped socket), and an
/// interaction already being answered still gets its callback through before the host finishes stopping.
/// </summary>
public sealed class GatewayShutdownTests
{
    [Fact]
    public async Task StopAsync_Connected_ClosesWith1000()
    {
        await using var h = await GatewayHarness.StartAsync();
        var peer = await h.ConnectReadyAsync();

        await h.Host.StopAsync().WaitAsync(Loopback.Bound);

        Assert.Equal(1000, await peer.ClosedWithinBoundAsync());
    }

    [Fact]
    public async Task StopAsync_InteractionCallbackInFlight_WaitsForItAndSendsItOnce()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await GatewayHarness.StartAsync(rest => rest.Respond = (request, _) =>
            request.Path.Contains("/interactions/", StringComparison.Ordinal) ? new FakeResponse(204, After: release.Task) : null);
        var peer = await h.ConnectReadyAsync();
        await peer.SendDispatchAsync("INTERACTION_CREATE", 2, InteractionJson.Command("stats", "5001", ("metric", "kr-imports-from-japan"), ("year", 2011)));
        await h.Rest.WaitForAsync(r => r.Path == "/api/v10/interactions/5001/tok-5001/callback");

        var stopping = h.Host.StopAsync();
        // The Gateway stops before the replies (reverse registration order): once it has closed, the stop is waiting on the reply.
        var closedWith = await peer.ClosedWithinBoundAsync();
        var stoppedBeforeTheReplyLanded = stopping.IsCompleted;
        release.SetResult();
        await stopping.WaitAsync(Loopback.Bound);

        Assert.Equal(1000, closedWith);
        Assert.False(stoppedBeforeTheReplyLanded);
        Assert.Equal(1, h.Rest.Count("POST", "/api/v10/interactions/5001/"));
    }
}
