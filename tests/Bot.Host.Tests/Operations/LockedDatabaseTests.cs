using System.Net;
using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Operations;

/// <summary>
/// <c>serve</c> as a real process whose LiteDB file another process's exclusive handle locks (this test's, from outside
/// the server: LiteDB's shared mode opens the file for every operation, so the lock bites at once). Questions are still
/// answered, <c>/readyz</c> says the database is not writable, the outage is one warning however many questions arrive,
/// and once the file is released the server recovers on its own: ready again, one "works again" line, and the query log
/// written again.
/// </summary>
public sealed class LockedDatabaseTests
{
    private const string SigningSecret = "locked-db-test-signing-secret";

    [Fact]
    public async Task Serve_DatabaseLockedThenReleased_AnswersThroughoutWarnsOnceAndRecovers()
    {
        using var temp = new TempFolder();
        await using var api = await FakeApi.StartAsync();
        api.Respond = request => request.Path == "/slack/api/auth.test"
            ? new FakeApiResponse(200, """{"ok":true,"user_id":"UBOT","team_id":"T1","bot_id":"BBOT"}""")
            : new FakeApiResponse(200, """{"ok":true,"channel":"C1","ts":"1800000000.000001"}""");
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Events",
            ["Slack__SigningSecret"] = SigningSecret,
            ["Slack__BotToken"] = "xoxb-locked-db-test",
            ["Slack__ApiBaseUrl"] = api.Url + "/slack/api/",
            ["Slack__ReactWhileWorking"] = "false",
            ["Retrieval__UseEmbeddings"] = "false",
            ["Throttle__PerUserPerMinute"] = "0",
            ["Throttle__PerChannelPerMinute"] = "0",
        });
        var readyBefore = await ReadinessAsync(serve);

        (HttpStatusCode Status, string Database) readyWhileLocked;
        using (var lockHandle = await LockAsync(temp.DatabasePath))
        {
            readyWhileLocked = await ReadinessAsync(serve);
            for (var i = 1; i <= 3; i++)
            {
                using var ack = await SlackEvents.PostAsync(serve, SlackEvents.Mention($"Ev{i}", $"korea imports from japan {2010 + i}", $"176423580{i}.000100"), SigningSecret);
                Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            }

            await WaitForPostsAsync(api, 3);
            var readyStillLocked = await ReadinessAsync(serve);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStillLocked.Status);
        }

        var readyAfter = await WaitReadyAsync(serve);
        using (var ack = await SlackEvents.PostAsync(serve, SlackEvents.Mention("Ev4", "korea imports from japan 2019", "1764235804.000100"), SigningSecret))
        {
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await WaitForPostsAsync(api, 4);
        var (exitCode, stderr) = await serve.StopAsync();

        Assert.Equal((HttpStatusCode.OK, "ok"), readyBefore);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "not writable"), readyWhileLocked);
        Assert.Equal((HttpStatusCode.OK, "ok"), readyAfter);
        var posts = api.Requests.Where(r => r.Path == "/slack/api/chat.postMessage").ToList();
        Assert.Equal(4, posts.Count);
        Assert.Contains(posts, p => p.Body.Contains("2011", StringComparison.Ordinal));
        Assert.Equal(0, exitCode);
        Assert.Equal(1, Occurrences(stderr, "cannot be used"));
        Assert.Equal(1, Occurrences(stderr, "works again after"));
        // Written while locked: dropped (the answers were not). Written after the release: in the file.
        var logged = QueryLogFile.Entries(temp.DatabasePath).Select(e => e.Question).ToList();
        Assert.Contains(logged, q => q is not null && q.Contains("2019", StringComparison.Ordinal));
        Assert.DoesNotContain(logged, q => q is not null && q.Contains("2011", StringComparison.Ordinal));
    }

    private static int Occurrences(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async Task<(HttpStatusCode Status, string Database)> ReadinessAsync(ServeProcess serve)
    {
        using var response = await serve.Http.GetAsync(new Uri(serve.Url + "/readyz"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("checks").GetProperty("database").GetString()!);
    }

    /// <summary>Polls readiness (bounded) until it reports ready: the server recovering is the event awaited, not a time.</summary>
    private static async Task<(HttpStatusCode Status, string Database)> WaitReadyAsync(ServeProcess serve)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var readiness = await ReadinessAsync(serve);
            if (readiness.Status == HttpStatusCode.OK)
            {
                return readiness;
            }

            await Task.Delay(100, bound.Token);
        }
    }

    private static Task WaitForPostsAsync(FakeApi api, int count) => api.WaitForAsync(r => r.Path == "/slack/api/chat.postMessage", count);

    /// <summary>An exclusive handle on the file; the server may be mid-operation on it, so retry (bounded) until we get it.</summary>
    private static async Task<FileStream> LockAsync(string path)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(20, bound.Token);
            }
        }
    }
}
