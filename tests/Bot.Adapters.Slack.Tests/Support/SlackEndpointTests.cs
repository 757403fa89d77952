namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>
/// What every Slack endpoint test class starts from: a fake Slack Web API, the app over the real router on loopback,
/// and its own LiteDB file, torn down in order afterwards. A test may replace <see cref="App"/> (a "restart").
/// </summary>
public abstract class SlackEndpointTests : IAsyncLifetime
{
    protected TempDatabase Db { get; } = new();

    protected FakeSlackServer SlackServer { get; private set; } = null!;

    protected SlackTestApp App { get; set; } = null!;

    public virtual async Task InitializeAsync()
    {
        SlackServer = await FakeSlackServer.StartAsync();
        App = await SlackTestApp.StartAsync(SlackServer, Db.Path, Settings);
    }

    /// <summary>Settings a test class starts its app with, on top of SlackTestApp's defaults.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await SlackServer.DisposeAsync();
        Db.Delete();
    }
}
