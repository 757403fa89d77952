using Bot.Adapters.Discord.Tests.Support;

namespace Bot.Adapters.Discord.Tests.Gateway;

/// <summary>
/// Stopping the host while connected: the Gateway session ends with a 1000 close frame (not a dropped socket), also while
/// an interaction's callback is in flight. (That the stop waits for such replies is shown deterministically by
/// DeferredAnswerShutdownTests: here nothing marks the moment the stop reaches the replies.)
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
    public async Task StopAsync_InteractionCallbackInFlight_ClosesWith1000AndSendsTheCallbackOnce()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await GatewayHarness.StartAsync(rest => rest.Respond = (request, _) =>
            request.Path.Contains("/interactions/", StringComparison.Ordinal) ? new FakeResponse(204, After: release.Task) : null);
        var peer = await h.ConnectReadyAsync();
        await peer.SendDispatchAsync("INTERACTION_CREATE", 2, InteractionJson.Command("stats", "5001", ("metric", "kr-imports-from-japan"), ("year", 2011)));
        await h.Rest.WaitForAsync(r => r.Path == "/api/v10/interactions/5001/tok-5001/callback");

        var stopping = h.Host.StopAsync();
        var closedWith = await peer.ClosedWithinBoundAsync();
        release.SetResult();
        await stopping.WaitAsync(Loopback.Bound);

        Assert.Equal(1000, closedWith);
        Assert.Equal(1, h.Rest.Count("POST", "/api/v10/interactions/5001/"));
    }
}
