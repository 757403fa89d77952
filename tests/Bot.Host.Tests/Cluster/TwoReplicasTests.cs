using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cluster;

/// <summary>
/// Two real <c>serve</c> processes on one PostgreSQL database: one leader (it alone opens the Discord Gateway), the other a
/// ready follower, and after the leader is killed with SIGKILL the follower takes the Gateway over within the lease plus 5 s.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoReplicasTests(PostgresCluster cluster) : IPostgresTests
{
    private const int LeaseSeconds = 2;

    private static Dictionary<string, string> Replica(string connectionString, string instance) => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["Storage__ConnectionString"] = connectionString,
        ["Cluster__LeaseSeconds"] = LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cluster__Instance"] = instance,
        ["Discord__Mode"] = "Gateway",
        ["Discord__ApplicationId"] = "app1",
        ["Discord__BotToken"] = "test-token",
        // Nothing listens there: the leader's Gateway keeps "connecting", which is how /readyz shows who holds it.
        ["Discord__GatewayUrl"] = "ws://127.0.0.1:1/",
    };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyzAsync(ServeProcess serve)
    {
        using var response = await serve.Http.GetAsync(new Uri(serve.Url + "/readyz"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static async Task<string> LeaderGaugeAsync(ServeProcess serve, string instance)
    {
        var metrics = await serve.Http.GetStringAsync(new Uri(serve.Url + "/metrics"));
        var match = Regex.Match(metrics, $"^jkbot_leader\\{{[^}}]*instance=\"{instance}\"[^}}]*\\}} (\\d)", RegexOptions.Multiline);
        Assert.True(match.Success, metrics);
        return match.Groups[1].Value;
    }

    private static async Task WaitForRoleAsync(ServeProcess serve, string role, TimeSpan bound)
    {
        // Waits for the replica, not for a duration: the bound is the promise under test (or a hang turned into a failure).
        var watch = Stopwatch.StartNew();
        while ((await ReadyzAsync(serve)).Body.GetProperty("role").GetString() != role)
        {
            Assert.True(watch.Elapsed < bound, $"not {role} within {bound.TotalSeconds} s");
            await Task.Delay(100);
        }
    }

    [StoreFact]
    public async Task Serve_TwoReplicas_OneLeaderHoldsTheGatewayAndTheOtherTakesOverAfterKill9()
    {
        var database = cluster.NewSchema();
        using var tempA = new TempFolder();
        using var tempB = new TempFolder();
        await using var a = await ServeProcess.StartAsync(tempA, Replica(database, "a"));
        // The first lease only waits for start-up, which a loaded machine slows; the takeover below is what is timed.
        await WaitForRoleAsync(a, "leader", TimeSpan.FromSeconds(90));
        await using var b = await ServeProcess.StartAsync(tempB, Replica(database, "b"));

        var (followerStatus, follower) = await ReadyzAsync(b);
        var (_, leader) = await ReadyzAsync(a);
        Assert.Equal("follower", follower.GetProperty("role").GetString());
        Assert.Equal("b", follower.GetProperty("instance").GetString());
        Assert.Equal(HttpStatusCode.OK, followerStatus); // a follower serves HTTP: it is ready
        // Standby is healthy: the follower never dials the (dead) Gateway, while the leader reports it cannot connect.
        Assert.Equal("ok", follower.GetProperty("checks").GetProperty("discord").GetString());
        Assert.Equal("gateway not connected", leader.GetProperty("checks").GetProperty("discord").GetString());
        Assert.Equal("1", await LeaderGaugeAsync(a, "a"));
        Assert.Equal("0", await LeaderGaugeAsync(b, "b"));

        await a.KillAsync(); // the lease is never released: it has to run out
        await WaitForRoleAsync(b, "leader", TimeSpan.FromSeconds(LeaseSeconds + 5));

        var (_, takenOver) = await ReadyzAsync(b);
        Assert.Equal("gateway not connected", takenOver.GetProperty("checks").GetProperty("discord").GetString());
        Assert.Equal("1", await LeaderGaugeAsync(b, "b"));
    }
}
