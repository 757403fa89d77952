using Bot.Adapters.Slack;
using System.Collections.Concurrent;
using Bot.Core.Abstractions;
using Bot.Core.Conversations;
using Bot.Core.Routing;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.SlackLoad;

/// <summary>
/// The Slack endpoints as `serve` would host them: AddSlack/MapSlack over the real router and knowledge base, LiteDB
/// storage (query log, conversations, delivery claims) in a temp file, Events mode, default workers and pacing.
/// </summary>
internal sealed class BotUnderLoad : IAsyncDisposable
{
    public const string SigningSecret = "load-test-signing-secret";

    private readonly WebApplication _app;
    private readonly string _folder;

    private BotUnderLoad(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
    }

    public string Url => _app.Urls.First();

    /// <param name="memoryStores">Conversations, query log and delivery claims in memory instead of LiteDB: shows what the file costs.</param>
    public static async Task<BotUnderLoad> StartAsync(string knowledgeFolder, string slackApiBaseUrl, bool memoryStores)
    {
        var loaded = new KnowledgeLoader().Load(knowledgeFolder);
        if (!loaded.IsValid)
        {
            throw new InvalidOperationException($"{knowledgeFolder} does not load: {string.Join("; ", loaded.Problems)}");
        }

        var folder = Path.Combine(Path.GetTempPath(), "bot-slack-load", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "Events",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-load",
            ["Slack:ApiBaseUrl"] = slackApiBaseUrl,
            ["Storage:Path"] = Path.Combine(folder, "bot.db"),
            // Room for every event of the run: the ack path is measured, not the 503 that a full queue answers.
            ["Slack:QueueCapacity"] = "1000000",
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IKnowledgeProvider>(new FixedKnowledgeProvider(loaded.Knowledge!));
        builder.Services.AddStorage();
        if (memoryStores)
        {
            builder.Services.AddSingleton<IConversationStore>(new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromMinutes(30)));
            builder.Services.AddSingleton<IQueryLog>(new NullQueryLog());
            builder.Services.AddSingleton<IDeliveryDeduplicator>(new InMemoryClaims());
        }

        builder.Services.AddSingleton(sp => new IntentRouter(
            sp.GetRequiredService<IKnowledgeProvider>(),
            IntentPipeline.Create(new NullRetriever()),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IQueryLog>(),
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSlack();
        var app = builder.Build();
        app.MapSlack();
        await app.StartAsync();
        return new BotUnderLoad(app, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class InMemoryClaims : IDeliveryDeduplicator
    {
        private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);

        public bool TryClaim(string key, TimeSpan ttl) => _claimed.TryAdd(key, 0);
    }
}
