using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Bot.Host.Tests.Support;
using Bot.Infrastructure.Storage.Postgres;
using NSec.Cryptography;
using Xunit.Abstractions;

namespace Bot.Host.Tests.Cluster;

/// <summary>
/// What one question costs the shared PostgreSQL database, counted by Npgsql itself (<c>db_client_operation_duration_seconds</c>
/// on <c>/metrics</c>: one per command or batch sent, i.e. one per round trip) on a real <c>serve</c> (issue 16). Pins the
/// counts, so a store that starts reading or writing on every question again fails here rather than in a load test.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseRoundTripsTests(PostgresCluster cluster, ITestOutputHelper output) : IPostgresTests
{
    private const int Questions = 12;

    private static readonly byte[] Seed = SHA256.HashData(Encoding.UTF8.GetBytes("jk-relations-bot round-trip test key"));

    [StoreFact]
    public async Task DiscordSlashCommand_InAGuildChannel_ThreeRoundTripsAtMost()
    {
        // Per /ask in a guild channel, questions one after the other (so the query log's write-behind batches hold one entry each:
        // under load they hold many, and cost less than one round trip per question):
        //   conversation context read (1) + write (1, before the answer leaves, so another replica sees it) + query log (≤ 1).
        // The channel's and the workspace's settings rows are cached (they were 2 reads per question before), so they are read
        // again only when their cache time runs out. Before issue 16 the same count was 5 per question.
        await using var api = await FakeApi.StartAsync();
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Seed, KeyBlobFormat.RawPrivateKey);
        using var temp = new TempFolder();
        var settings = Environment(cluster.NewSchema(), api);
        settings["Discord__Mode"] = "Http";
        settings["Discord__ApplicationId"] = "app1";
        settings["Discord__PublicKey"] = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        settings["Discord__ApiBaseUrl"] = api.Url + "/discord/api";
        await using var serve = await ServeProcess.StartAsync(temp, settings);

        // Warm-up: the first questions prepare statements and fill the caches the steady state relies on.
        for (var i = 0; i < 3; i++)
        {
            await AskAsync(serve, key, 900 + i);
        }

        var before = await RoundTripsAsync(serve);
        var counting = Stopwatch.StartNew();
        for (var i = 0; i < Questions; i++)
        {
            await AskAsync(serve, key, i);
        }

        var after = await RoundTripsAsync(serve);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{after - before} round trips for {Questions} Discord slash commands: {(after - before) / Questions:0.00} each, in {counting.Elapsed.TotalSeconds:0.0} s"));
        Assert.InRange(after - before, 2 * Questions, 3 * Questions + Besides(counting.Elapsed));
    }

    [StoreFact]
    public async Task SlackMention_FiveRoundTripsAtMost()
    {
        // Per app_mention: the event's claim and the message's claim (1, one statement: they were 2 round trips) + conversation
        // context read (1) + write (1) + query log (≤ 1) + following the thread the answer started (1). Settings are cached.
        // Before issue 16 the same count was 8 per mention.
        await using var api = await FakeApi.StartAsync();
        api.Respond = request => request.Path == "/slack/api/auth.test"
            ? FakeApi.SlackIdentity
            : new FakeApiResponse(200, """{"ok":true,"channel":"C1","ts":"1764235801.000200"}""");
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, Environment(cluster.NewSchema(), api));

        var posted = 0;
        async Task MentionAsync(int n)
        {
            var ts = string.Create(CultureInfo.InvariantCulture, $"17642358{n:00}.000100");
            using (var ack = await SlackEvents.PostAsync(serve, SlackEvents.Mention($"Ev{n}", "When was the 1965 treaty signed?", ts), SlackReplica.SigningSecret))
            {
                Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            }

            await api.WaitForAsync(r => r.Path == "/slack/api/chat.postMessage", ++posted);
        }

        for (var i = 0; i < 3; i++)
        {
            await MentionAsync(90 + i);
        }

        var before = await RoundTripsAsync(serve);
        var counting = Stopwatch.StartNew();
        for (var i = 0; i < Questions; i++)
        {
            await MentionAsync(i);
        }

        var after = await RoundTripsAsync(serve);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{after - before} round trips for {Questions} Slack mentions: {(after - before) / Questions:0.00} each, in {counting.Elapsed.TotalSeconds:0.0} s"));
        Assert.InRange(after - before, 4 * Questions, 5 * Questions + Besides(counting.Elapsed));
    }

    /// <summary>
    /// Round trips that are not per question, over <paramref name="elapsed"/> (plus the second each count waits): the two
    /// settings rows read again each time their cache time runs out, and two for what runs on its own meanwhile (a digest
    /// tick, a prune of expired claims).
    /// </summary>
    private static int Besides(TimeSpan elapsed) =>
        2 * (int)Math.Ceiling((elapsed + TimeSpan.FromSeconds(1)) / PostgresChannelSettingsStore.CacheFor) + 2;

    private static Dictionary<string, string> Environment(string database, FakeApi api)
    {
        var settings = SlackReplica.Environment(database, "round-trips", api.Url + "/slack/api/");
        // No lease heartbeat during the count (it is renewed every third of the lease).
        settings["Cluster__LeaseSeconds"] = "3600";
        return settings;
    }

    /// <summary>
    /// Commands and batches Npgsql has sent so far, once the replica has been idle a moment: the query log's write-behind
    /// batch and the thread follow after a Slack answer land before the count.
    /// </summary>
    private static async Task<double> RoundTripsAsync(ServeProcess serve)
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        var metrics = PrometheusText.Parse(await serve.Http.GetStringAsync(new Uri(serve.Url + "/metrics")));
        return metrics.Where(s => s.Name == "db_client_operation_duration_seconds_count").Sum(s => s.Value);
    }

    private static async Task AskAsync(ServeProcess serve, Key key, int n)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"7{n:D12}");
        var body = Encoding.UTF8.GetBytes($$$"""
            {"type":2,"id":"{{{id}}}","application_id":"app1","token":"tok{{{id}}}","version":1,"guild_id":"G1","channel_id":"C{{{n % 2}}}",
             "locale":"en-US","member":{"user":{"id":"U{{{n}}}"}},"data":{"id":"1","name":"ask","type":1,
             "options":[{"name":"question","type":3,"value":"When was the 1965 treaty signed?"}]}}
            """);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(serve.Url + "/discord/interactions")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        using var response = await serve.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Contains("\"type\":", text, StringComparison.Ordinal);
    }
}
