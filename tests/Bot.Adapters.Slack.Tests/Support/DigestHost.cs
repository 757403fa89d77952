using Bot.Core.Abstractions;
using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Slack.Tests.Support;

/// <summary>
/// The services the digest runs on, composed as the host does (storage, AddDigest, AddSlack) over the real knowledge
/// base and a real LiteDB temp file, with Slack's Web API pointed at the fake server. No web server: the runner is
/// driven by hand with <c>TickAsync</c>.
/// </summary>
public sealed class DigestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DigestHost(ServiceProvider services, ListLoggerProvider logs)
    {
        _services = services;
        Logs = logs;
    }

    public IServiceProvider Services => _services;

    public ListLoggerProvider Logs { get; }

    public static DigestHost Create(FakeSlackServer slack, string databasePath, IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "Events",
            ["Slack:SigningSecret"] = SlackTestApp.SigningSecret,
            ["Slack:BotToken"] = "xoxb-test-token",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:ChannelMessageInterval"] = "00:00:00",
            ["Slack:RetryBaseDelay"] = "00:00:00",
            ["Storage:Path"] = databasePath,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var logs = new ListLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(SlackTestApp.Now));
        services.AddSingleton<IKnowledgeProvider>(new FixedKnowledgeProvider(RepositoryKnowledge.Current));
        services.AddStorage();
        services.AddDigest();
        services.AddSlack();
        return new DigestHost(services.BuildServiceProvider(), logs);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
