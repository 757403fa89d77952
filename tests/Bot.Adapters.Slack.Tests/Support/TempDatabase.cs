namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>A LiteDB file in a fresh temp folder, deleted afterwards; two app instances may open it in turn (a restart).</summary>
public sealed class TempDatabase
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-slack-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_root, "bot.db");

    /// <summary>Called from the test's DisposeAsync (an IDisposable field would make every async test class disposable too).</summary>
    public void Delete()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
