using System.Net;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Operations;

/// <summary>
/// Every configured secret set to a distinctive fake value, every log category at Trace (where HttpClient logging writes
/// request headers), and the host driven through start-up, outgoing calls to Discord, Slack and the LLM that are refused
/// with 401, a forged request, a graceful stop, a configuration error and <c>commands register</c> failing: no secret
/// may appear anywhere in what the process printed. (The Discord public key is public and not checked.)
/// </summary>
public sealed class SecretsNotLoggedTests
{
    private const string DiscordBotToken = "MTEzNDU2Nzg5.fakeDiscordTOKEN1.secretpart";
    private const string SlackBotToken = "xoxb-1111-fakeSLACKBOT2-secretpart";
    private const string SlackSigningSecret = "fakeSIGNINGSECRET3abcdef0123456789";
    private const string SlackAppToken = "xapp-1-A111-fakeAPPTOKEN4-secretpart";
    private const string LlmApiKey = "sk-fakeLLMKEY5-secretpart";
    private const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private static readonly string[] Secrets = [DiscordBotToken, SlackBotToken, SlackSigningSecret, SlackAppToken, LlmApiKey];

    // The distinctive middle of each, so a secret cut short or with its prefix stripped is caught too.
    private static readonly string[] Fragments = ["fakeDiscordTOKEN1", "fakeSLACKBOT2", "fakeSIGNINGSECRET3", "fakeAPPTOKEN4", "fakeLLMKEY5"];

    [Fact]
    public async Task Serve_TraceLoggingAndEveryCallRefused_NoSecretInAnyOutput()
    {
        using var temp = new TempFolder();
        await using var api = await FakeApi.StartAsync();
        api.Respond = request => request.Path switch
        {
            var p when p.StartsWith("/discord/", StringComparison.Ordinal) => new FakeApiResponse(401, """{"message":"401: Unauthorized","code":0}"""),
            var p when p.StartsWith("/llm/", StringComparison.Ordinal) => new FakeApiResponse(401,
                """{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","code":"invalid_api_key"}}"""),
            "/slack/api/reactions.add" => new FakeApiResponse(401, """{"ok":false,"error":"invalid_auth"}"""),
            "/slack/api/auth.test" => new FakeApiResponse(200, """{"ok":true,"user_id":"UBOT","team_id":"T1","bot_id":"BBOT"}"""),
            _ => new FakeApiResponse(200, """{"ok":true,"channel":"C1","ts":"1800000000.000001"}"""),
        };
        var environment = Environment(api);

        await using var serve = await ServeProcess.StartAsync(temp, environment);
        await api.WaitForAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal));
        using var forged = await SlackEvents.PostAsync(serve, SlackEvents.Mention("Ev0", "what is GSOMIA"), signingSecret: "not-the-secret");
        // A question no fixed intent answers well enough on its own, so the router asks retrieval and the (refusing) LLM.
        using var mention = await SlackEvents.PostAsync(serve, SlackEvents.Mention("Ev1", "how do young Koreans and Japanese see each other's pop culture"), SlackSigningSecret);
        await api.WaitForAsync(r => r.Path.StartsWith("/llm/", StringComparison.Ordinal));
        var posted = await api.WaitForAsync(r => r.Path == "/slack/api/chat.postMessage");
        var (exitCode, stderr) = await serve.StopAsync();

        // The secrets really went out (so logging them was possible), and Trace logging really was on.
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        Assert.Contains(api.Requests, r => r.Authorization == $"Bot {DiscordBotToken}");
        Assert.Contains(api.Requests, r => r.Authorization == $"Bearer {SlackBotToken}");
        Assert.Contains(api.Requests, r => r.Authorization == $"Bearer {LlmApiKey}");
        Assert.Equal($"Bearer {SlackBotToken}", posted.Authorization);
        Assert.Contains("trce:", stderr, StringComparison.Ordinal);
        Assert.Contains("401", stderr, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        AssertNoSecret(stderr);
    }

    [Fact]
    public async Task Serve_GatewayAndSocketModeTokensRefused_CriticalLinesButNoSecret()
    {
        using var temp = new TempFolder();
        await using var api = await FakeApi.StartAsync();
        api.Respond = request => request.Path switch
        {
            var p when p.StartsWith("/discord/", StringComparison.Ordinal) => new FakeApiResponse(401, """{"message":"401: Unauthorized","code":0}"""),
            "/slack/api/apps.connections.open" => new FakeApiResponse(200, """{"ok":false,"error":"invalid_auth"}"""),
            _ => new FakeApiResponse(200, """{"ok":true,"user_id":"UBOT","team_id":"T1","bot_id":"BBOT"}"""),
        };
        var environment = Environment(api);
        environment["Discord__Mode"] = "Gateway";
        environment["Slack__Mode"] = "SocketMode";

        await using var serve = await ServeProcess.StartAsync(temp, environment);
        await api.WaitForAsync(r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal));
        await api.WaitForAsync(r => r.Path == "/slack/api/apps.connections.open");
        var (_, stderr) = await serve.StopAsync();

        Assert.Contains(api.Requests, r => r.Authorization == $"Bot {DiscordBotToken}");
        Assert.Contains(api.Requests, r => r.Authorization == $"Bearer {SlackAppToken}");
        Assert.Contains("crit:", stderr, StringComparison.Ordinal);
        AssertNoSecret(stderr);
    }

    [Fact]
    public async Task Serve_InvalidSlackSettingsAtTrace_ConfigurationErrorNamesKeysButNoSecret()
    {
        using var temp = new TempFolder();
        var environment = Environment(api: null);
        // The wrong kind of token in each slot: the error must say which setting is wrong without echoing what it holds.
        environment["Slack__Mode"] = "SocketMode";
        environment["Slack__AppToken"] = SlackBotToken;
        environment["Slack__BotToken"] = SlackAppToken;

        var run = await HostProcess.RunAsync(temp, ["serve", "--urls", "http://127.0.0.1:0"], environment: environment);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Slack:AppToken", run.Stderr, StringComparison.Ordinal);
        AssertNoSecret(run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task CommandsRegister_DiscordAnswers401AtTrace_FailsWithoutPrintingTheToken()
    {
        using var temp = new TempFolder();
        await using var api = await FakeApi.StartAsync();
        api.Respond = _ => new FakeApiResponse(401, """{"message":"401: Unauthorized","code":0}""");

        var run = await HostProcess.RunAsync(temp, ["commands", "register", "--guild", "123"], environment: Environment(api));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(api.Requests, r => r.Authorization == $"Bot {DiscordBotToken}");
        AssertNoSecret(run.Stdout + run.Stderr);
    }

    private static void AssertNoSecret(string output)
    {
        foreach (var secret in Secrets.Concat(Fragments))
        {
            var at = output.IndexOf(secret, StringComparison.Ordinal);
            Assert.True(at < 0, $"'{secret}' was printed: …{output.Substring(Math.Max(0, at - 300), Math.Min(600, output.Length - Math.Max(0, at - 300)))}…");
        }
    }

    private static Dictionary<string, string> Environment(FakeApi? api)
    {
        var url = api?.Url ?? "http://127.0.0.1:1";
        return new Dictionary<string, string>
        {
            ["Logging__LogLevel__Default"] = "Trace",
            ["Logging__LogLevel__Bot"] = "Trace",
            ["Logging__LogLevel__Microsoft"] = "Trace",
            ["Logging__LogLevel__System"] = "Trace",
            ["Discord__Mode"] = "Http",
            ["Discord__ApplicationId"] = "app1",
            ["Discord__PublicKey"] = PublicKey,
            ["Discord__BotToken"] = DiscordBotToken,
            ["Discord__RegisterCommandsOnStart"] = "true",
            ["Discord__ApiBaseUrl"] = url + "/discord/api/v10",
            ["Slack__Mode"] = "Events",
            ["Slack__SigningSecret"] = SlackSigningSecret,
            ["Slack__BotToken"] = SlackBotToken,
            ["Slack__AppToken"] = SlackAppToken,
            ["Slack__ApiBaseUrl"] = url + "/slack/api/",
            ["Slack__RetryBaseDelay"] = "00:00:00",
            ["Llm__Endpoint"] = url + "/llm/v1",
            ["Llm__Model"] = "fake-model",
            ["Llm__ApiKey"] = LlmApiKey,
            // Low enough that the free-form question reaches the LLM; answer quality is not what this test is about.
            ["Retrieval__MinConfidence"] = "0.05",
            ["Retrieval__UseEmbeddings"] = "false",
            ["Throttle__PerUserPerMinute"] = "0",
            ["Throttle__PerChannelPerMinute"] = "0",
        };
    }
}
