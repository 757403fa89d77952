using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cluster;

/// <summary>
/// A Slack thread whose first question replica A answers and whose follow-up (a plain reply, no mention) reaches replica B:
/// B knows the bot is in the thread and what it was asked, so "and in 2019?" gets the 2019 figure of the same series.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoReplicasThreadTests(PostgresCluster cluster) : IPostgresTests
{
    private const string FirstTs = "1764235800.000100";
    private const string TokenA = "xoxb-replica-a";
    private const string TokenB = "xoxb-replica-b";

    // South Korea's exports to Japan in the knowledge base: 2018, then 2019. Without the thread's context "and in 2019?"
    // is a clarifying question, not a figure.
    private const string Exports2018 = "30.53";
    private const string Exports2019 = "28.41";

    private static FakeApiResponse Respond(FakeApiRequest request) => request.Path switch
    {
        "/slack/api/auth.test" => FakeApi.SlackIdentity,
        "/slack/api/chat.postMessage" => new FakeApiResponse(200, """{"ok":true,"channel":"C1","ts":"1764235801.000200"}"""),
        _ => new FakeApiResponse(200, """{"ok":true}"""),
    };

    [StoreFact]
    public async Task ThreadFollowUp_AnsweredByTheOtherReplica_KeepsTheSeriesOfTheFirstQuestion()
    {
        await using var api = await FakeApi.StartAsync();
        api.Respond = Respond;
        var database = cluster.NewSchema();
        using var tempA = new TempFolder();
        using var tempB = new TempFolder();
        await using var a = await ServeProcess.StartAsync(tempA, SlackReplica.Environment(database, "a", api.Url + "/slack/api/", TokenA));
        await using var b = await ServeProcess.StartAsync(tempB, SlackReplica.Environment(database, "b", api.Url + "/slack/api/", TokenB));

        using (await SlackEvents.PostAsync(a, SlackEvents.Mention("EvFirst", "korea exports to japan 2018", FirstTs), SlackReplica.SigningSecret))
        {
        }

        // A follows the thread after posting its answer and uploads the chart after that: the upload request is the sign that
        // A is done with the first question, as a person's follow-up seconds later would find it.
        await api.WaitForAsync(r => r.Path == "/slack/api/files.getUploadURLExternal" && r.Authorization == "Bearer " + TokenA);
        using (await SlackEvents.PostAsync(b, SlackEvents.ThreadReply("EvFollowUp", "and in 2019?", "1764235802.000300", FirstTs), SlackReplica.SigningSecret))
        {
        }

        // The same words in a thread of their own, to B: what a follow-up without the context gets.
        using (await SlackEvents.PostAsync(b, SlackEvents.Mention("EvAlone", "and in 2019?", "1764235900.000100"), SlackReplica.SigningSecret))
        {
        }

        var byB = await api.WaitForAsync(r => r.Path == "/slack/api/chat.postMessage" && r.Authorization == "Bearer " + TokenB, 2);
        await a.StopAsync();
        await b.StopAsync();

        var first = Assert.Single(api.Requests, r => r.Path == "/slack/api/chat.postMessage" && r.Authorization == "Bearer " + TokenA);
        Assert.Contains(Exports2018, first.Body, StringComparison.Ordinal);
        var followUp = Assert.Single(byB, r => r.Body.Contains($"\"thread_ts\":\"{FirstTs}\"", StringComparison.Ordinal));
        Assert.Contains(Exports2019, followUp.Body, StringComparison.Ordinal);
        Assert.Contains("exports to Japan", followUp.Body, StringComparison.Ordinal);
        var alone = Assert.Single(byB, r => r != followUp);
        Assert.DoesNotContain(Exports2019, alone.Body, StringComparison.Ordinal);
        Assert.Equal(3, api.Requests.Count(r => r.Path == "/slack/api/chat.postMessage"));
    }
}
