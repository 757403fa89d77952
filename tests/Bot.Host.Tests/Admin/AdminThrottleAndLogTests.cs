using System.Net;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Admin;

/// <summary>
/// The admin settings and guessing the token on a real <c>serve</c>: no token means no /admin, a short one stops the start, failed
/// attempts are throttled per address (form and API alike), and the
/// token reaches no log line, URL or page — with every log category at Trace.
/// </summary>
public sealed class AdminThrottleAndLogTests
{
    [Fact]
    public async Task Serve_NoAdminToken_EveryAdminPath404()
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, HostProcess.WithoutEmbeddings);
        using var admin = new AdminClient(serve);

        foreach (var path in new[] { "/admin", "/admin/signin", "/admin/admin.css", "/admin/api/report", "/admin/api/gaps?days=7" })
        {
            using var response = await admin.GetAsync(path, bearer: AdminClient.Token);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }

        using var post = await admin.PostFormAsync("/admin/signin", new Dictionary<string, string> { ["token"] = AdminClient.Token });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Serve_AdminTokenShorterThan32_ConfigurationErrorNamingTheSettingNotItsValue()
    {
        using var temp = new TempFolder();
        const string Short = "short-fakeADMINSECRET7-token";

        var run = await HostProcess.RunAsync(temp, ["serve", "--urls", "http://127.0.0.1:0"],
            environment: new Dictionary<string, string> { ["Admin__Token"] = Short, ["Retrieval__UseEmbeddings"] = "false" });

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Admin__Token", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("at least 32 characters", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminClient.TokenFragment, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AdminSessionHoursOutOfRange_ConfigurationErrorNamingTheSetting()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["serve", "--urls", "http://127.0.0.1:0"],
            environment: new Dictionary<string, string> { ["Admin__Token"] = AdminClient.Token, ["Admin__SessionHours"] = "721", ["Retrieval__UseEmbeddings"] = "false" });

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Admin__SessionHours", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveWrongTokens_SixthAttempt429WithRetryAfterEvenWithTheRightToken()
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, AdminClient.Settings());
        using var admin = new AdminClient(serve);

        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await admin.SignInAsync("wrong-token-" + i);
            refused.Add(wrong.StatusCode);
        }

        // A wrong bearer token counts against the same address.
        using var wrongBearer = await admin.GetAsync("/admin/api/report", bearer: "wrong-bearer");
        using var blocked = await admin.SignInAsync();
        using var blockedApi = await admin.GetAsync("/admin/api/report", bearer: AdminClient.Token);

        Assert.All(refused, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongBearer.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        var retryAfter = int.Parse(blocked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.False(admin.Cookies.ContainsKey("jkbot_admin"));
        Assert.Equal(HttpStatusCode.TooManyRequests, blockedApi.StatusCode);
        Assert.True(blockedApi.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Serve_TraceLoggingSignInsApiAndSignOut_TokenInNoOutputAndNoPage()
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, AdminClient.Settings(new()
        {
            ["Logging__LogLevel__Default"] = "Trace",
            ["Logging__LogLevel__Microsoft"] = "Trace",
            ["Logging__LogLevel__System"] = "Trace",
            ["Logging__LogLevel__Bot"] = "Trace",
        }));
        using var admin = new AdminClient(serve);
        var pages = new List<string>();

        // A near miss (the token with one character changed), then the token itself, through every door.
        using var nearMiss = await admin.SignInAsync(AdminClient.Token[..^1] + "!");
        pages.Add(await nearMiss.Content.ReadAsStringAsync());
        using var signIn = await admin.SignInAsync();
        foreach (var path in new[] { "/admin", "/admin/gaps", "/admin/knowledge", "/admin/platforms", "/admin/digests", "/admin/feedback" })
        {
            using var page = await admin.GetAsync(path);
            pages.Add(await page.Content.ReadAsStringAsync());
        }

        using var api = await admin.GetAsync("/admin/api/report?days=7", bearer: AdminClient.Token);
        using var apiWrong = await admin.GetAsync("/admin/api/gaps?days=7", bearer: AdminClient.Token + "x");
        var field = await admin.FormTokenAsync("/admin/knowledge");
        using var signOut = await admin.PostFormAsync("/admin/signout", new Dictionary<string, string> { ["__af"] = field });
        var (exitCode, stderr) = await serve.StopAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, nearMiss.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, apiWrong.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        Assert.Equal(0, exitCode);
        // Trace really was on, and the requests really were logged.
        Assert.Contains("trce:", stderr, StringComparison.Ordinal);
        Assert.Contains("/admin/signin", stderr, StringComparison.Ordinal);
        Assert.Contains("Admin sign-in refused", stderr, StringComparison.Ordinal);
        foreach (var output in pages.Append(stderr))
        {
            var at = output.IndexOf(AdminClient.TokenFragment, StringComparison.Ordinal);
            Assert.True(at < 0, $"the admin token was printed: …{output.Substring(Math.Max(0, at - 300), Math.Min(600, output.Length - Math.Max(0, at - 300)))}…");
        }
    }
}
