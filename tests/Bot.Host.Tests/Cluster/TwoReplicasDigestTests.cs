using System.Text.Json;
using Bot.Core.Digest;
using Bot.Host.Tests.Support;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Host.Tests.Cluster;

/// <summary>
/// <c>digest tick --now</c> run by two replicas at once (two real processes, as two cron jobs would) on one PostgreSQL
/// database: every channel gets its digest exactly once, on Discord and on Slack, whichever replica claims it, and a
/// crashed run's abandoned records are re-sent by one replica only.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoReplicasDigestTests(PostgresCluster cluster) : IPostgresTests
{
    private const string Now = "2026-06-22T08:00:00+09:00";
    private static readonly string[] DiscordChannels = ["111", "222"];
    private static readonly string[] SlackChannels = ["C1", "C2"];

    private static Dictionary<string, string> Replica(string connectionString, string instance, string apiUrl)
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = connectionString,
            ["Cluster__Instance"] = instance,
            ["Discord__ApplicationId"] = "app1",
            ["Discord__BotToken"] = "two-replicas-token",
            ["Discord__ApiBaseUrl"] = apiUrl + "/discord/api/v10",
            ["Slack__Mode"] = "Events",
            ["Slack__SigningSecret"] = "two-replicas-signing-secret",
            ["Slack__BotToken"] = "xoxb-two-replicas",
            ["Slack__ApiBaseUrl"] = apiUrl + "/slack/api/",
            ["Retrieval__UseEmbeddings"] = "false",
        };
        var channels = DiscordChannels.Select(c => ("discord", "G1", c)).Concat(SlackChannels.Select(c => ("slack", "T1", c))).ToList();
        for (var i = 0; i < channels.Count; i++)
        {
            var (platform, workspace, channel) = channels[i];
            environment[$"Digest__Subscriptions__{i}__Platform"] = platform;
            environment[$"Digest__Subscriptions__{i}__Workspace"] = workspace;
            environment[$"Digest__Subscriptions__{i}__Channel"] = channel;
            environment[$"Digest__Subscriptions__{i}__Time"] = "08:00";
            environment[$"Digest__Subscriptions__{i}__TimeZone"] = "Asia/Seoul";
        }

        return environment;
    }

    private static FakeApiResponse Respond(FakeApiRequest request)
    {
        // Posts take a second, so one replica's claim and post are still in flight while the other replica reaches the
        // same subscriptions: the claim in the database, not luck in the timing, has to keep the second post out.
        var slow = TimeSpan.FromSeconds(1);
        return request.Path switch
        {
            _ when request.Path.StartsWith("/discord/api/v10/channels/", StringComparison.Ordinal) =>
                new FakeApiResponse(200, """{"id":"900000000000000001"}""", Delay: slow),
            "/slack/api/auth.test" => FakeApi.SlackIdentity,
            // An empty channel history: the fake, unlike Slack, never shows a digest already there, so the replicas
            // cannot lean on Slack's history to skip a second post.
            "/slack/api/conversations.history" => new FakeApiResponse(200, """{"ok":true,"messages":[]}"""),
            "/slack/api/chat.postMessage" => new FakeApiResponse(200, """{"ok":true,"channel":"C1","ts":"1800000000.000001"}""", Delay: slow),
            _ => new FakeApiResponse(200, """{"ok":true}"""),
        };
    }

    [StoreFact]
    public async Task DigestTick_OnBothReplicasAtOnce_PostsOncePerChannel()
    {
        await using var api = await FakeApi.StartAsync();
        api.Respond = Respond;
        var database = cluster.NewSchema();
        using var tempA = new TempFolder();
        using var tempB = new TempFolder();
        string[] tick = ["digest", "tick", "--now", Now];

        var runs = await Task.WhenAll(
            HostProcess.RunAsync(tempA, tick, environment: Replica(database, "a", api.Url)),
            HostProcess.RunAsync(tempB, tick, environment: Replica(database, "b", api.Url)));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        var both = string.Join("\n==== the other replica ====\n", runs.Select(run => run.ToString()));
        var discordPosts = api.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal))
            .Select(r => r.Path.Split('/')[^2]).Order(StringComparer.Ordinal).ToList();
        var slackPosts = api.Requests.Where(r => r.Path == "/slack/api/chat.postMessage")
            .Select(r => SlackChannel(r.Body)).Order(StringComparer.Ordinal).ToList();
        Assert.True(DiscordChannels.SequenceEqual(discordPosts), $"Discord posts to [{string.Join(", ", discordPosts)}]\n{both}");
        Assert.True(SlackChannels.SequenceEqual(slackPosts), $"Slack posts to [{string.Join(", ", slackPosts)}]\n{both}");
        foreach (var (platform, channel) in DiscordChannels.Select(c => ("discord", c)).Concat(SlackChannels.Select(c => ("slack", c))))
        {
            // One replica posted it and says so; the other found it claimed or done, never a second 'sent'.
            var lines = runs.SelectMany(run => run.StdoutLines).Where(l => l.StartsWith($"{platform}:{channel} 2026-06-22 ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Single(lines, l => l.Contains(" sent: ", StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains(" alreadydone: ", StringComparison.Ordinal));
        }
    }

    [StoreFact]
    public async Task DigestTick_BothReplicasFindTheSameAbandonedSendingRecords_ResendOncePerChannel()
    {
        await using var api = await FakeApi.StartAsync();
        api.Respond = Respond;
        var database = cluster.NewSchema();
        using var tempA = new TempFolder();
        using var tempB = new TempFolder();
        var migrate = await HostProcess.RunAsync(tempA, ["db", "migrate"], environment: Replica(database, "a", api.Url));
        Assert.True(migrate.ExitCode == 0, migrate.ToString());

        // What a run that died mid-post two minutes ago left behind: every channel 'sending', attempt 1, outcome unknown.
        var due = DateTimeOffset.Parse(Now, System.Globalization.CultureInfo.InvariantCulture);
        var date = new DateOnly(2026, 6, 22);
        var channels = DiscordChannels.Select(c => ("discord", c)).Concat(SlackChannels.Select(c => ("slack", c))).ToList();
        using (var db = new PostgresDatabase(MsOptions.Create(new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = database })))
        {
            var store = new PostgresDigestStore(db);
            foreach (var (platform, channel) in channels)
            {
                Assert.True(store.TryClaim(new DigestDelivery
                {
                    Key = IdempotencyKey.For(platform, channel, date),
                    SubscriptionId = DigestSubscription.SubscriptionId(platform, channel),
                    LocalDate = date,
                    DueAt = due,
                    State = DeliveryState.Sending,
                    Attempts = 1,
                    UpdatedAt = due.AddMinutes(-2),
                }));
            }
        }

        string[] tick = ["digest", "tick", "--now", Now];
        var runs = await Task.WhenAll(
            HostProcess.RunAsync(tempA, tick, environment: Replica(database, "a", api.Url)),
            HostProcess.RunAsync(tempB, tick, environment: Replica(database, "b", api.Url)));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        var both = string.Join("\n==== the other replica ====\n", runs.Select(run => run.ToString()));
        var discordPosts = api.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal))
            .Select(r => r.Path.Split('/')[^2]).Order(StringComparer.Ordinal).ToList();
        var slackPosts = api.Requests.Where(r => r.Path == "/slack/api/chat.postMessage")
            .Select(r => SlackChannel(r.Body)).Order(StringComparer.Ordinal).ToList();
        Assert.True(DiscordChannels.SequenceEqual(discordPosts), $"Discord posts to [{string.Join(", ", discordPosts)}]\n{both}");
        Assert.True(SlackChannels.SequenceEqual(slackPosts), $"Slack posts to [{string.Join(", ", slackPosts)}]\n{both}");
        foreach (var (platform, channel) in channels)
        {
            var lines = runs.SelectMany(run => run.StdoutLines).Where(l => l.StartsWith($"{platform}:{channel} 2026-06-22 ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, lines.Count);
            Assert.Single(lines, l => l.Contains(" sent: ", StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains(" alreadydone: ", StringComparison.Ordinal));
        }
    }

    private static string SlackChannel(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("channel").GetString() ?? "";
    }
}
