using System.Net;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cluster;

/// <summary>
/// Slack's retries landing on either of two real <c>serve</c> replicas that share one PostgreSQL database: every event is
/// answered exactly once, however the copies are spread and ordered.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoReplicasSlackTests(PostgresCluster cluster) : IPostgresTests
{
    [StoreFact]
    public async Task SlackEvents_EachSentToBothReplicasInRandomOrder_EachAnsweredOnce()
    {
        await using var api = await FakeApi.StartAsync();
        api.Respond = request => request.Path == "/slack/api/auth.test"
            ? new FakeApiResponse(200, """{"ok":true,"user_id":"UBOT","team_id":"T1","bot_id":"BBOT"}""")
            : new FakeApiResponse(200, """{"ok":true,"channel":"C1","ts":"1800000000.000001"}""");
        var database = cluster.NewSchema();
        Dictionary<string, string> Replica(string instance) => SlackReplica.Environment(database, instance, api.Url + "/slack/api/");
        using var tempA = new TempFolder();
        using var tempB = new TempFolder();
        await using var a = await ServeProcess.StartAsync(tempA, Replica("a"));
        await using var b = await ServeProcess.StartAsync(tempB, Replica("b"));
        ServeProcess[] replicas = [a, b];
        const int Events = 200;
        var random = new Random(16);

        // Every event twice (a platform retry), each copy to a replica picked at random, all copies shuffled and sent at once.
        var copies = Enumerable.Range(1, Events)
            .SelectMany(i => Enumerable.Repeat(i, 2))
            .Select(i => (Event: i, Replica: replicas[random.Next(2)]))
            .OrderBy(_ => random.Next())
            .ToList();
        var acks = await Task.WhenAll(copies.Select(async c =>
        {
            using var ack = await SlackEvents.PostAsync(c.Replica,
                SlackEvents.Mention($"Ev{c.Event}", $"korea imports from japan {1990 + c.Event % 35}", $"1764235{c.Event:000}.000100"), SlackReplica.SigningSecret);
            return ack.StatusCode;
        }));
        await api.WaitForAsync(r => r.Path == "/slack/api/chat.postMessage", Events);
        // A graceful stop finishes every answer in flight or queued: a second answer to any event would be posted by now.
        await a.StopAsync();
        await b.StopAsync();

        Assert.All(acks, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Contains(copies, c => c.Replica == a);
        Assert.Contains(copies, c => c.Replica == b);
        Assert.Equal(Events, api.Requests.Count(r => r.Path == "/slack/api/chat.postMessage"));
    }
}
