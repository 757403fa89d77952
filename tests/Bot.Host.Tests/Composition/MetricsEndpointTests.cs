using System.Globalization;
using System.Net;
using System.Text;
using Bot.Adapters.Slack.Inbound;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Composition;

/// <summary><c>GET /metrics</c> on a real <c>serve</c> process: questions asked through a signed Slack slash command, then scraped.</summary>
public sealed class MetricsEndpointTests
{
    private const string SigningSecret = "metrics-test-signing-secret";

    [Fact]
    public async Task Metrics_SlashCommandsAnswered_QuestionCounterAndLatencyHistogramIncrementPerAnswer()
    {
        using var temp = new TempFolder();
        // The start-up auth.test is rate-limited once (Retry-After: 1), then answered.
        await using var slack = await FakeApi.StartAsync();
        var calls = 0;
        slack.Respond = _ => Interlocked.Increment(ref calls) == 1
            ? new FakeApiResponse(429, "", new Dictionary<string, string> { ["Retry-After"] = "1" })
            : FakeApi.SlackIdentity;
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>
        {
            ["Slack__Mode"] = "Events",
            ["Slack__SigningSecret"] = SigningSecret,
            ["Slack__BotToken"] = "xoxb-test",
            ["Slack__ApiBaseUrl"] = slack.SlackApiBaseUrl,
        });

        var before = await ScrapeAsync(serve);
        using var first = await SlashCommandAsync(serve, "stats imports 2011");
        var afterOne = await ScrapeAsync(serve);
        using var second = await SlashCommandAsync(serve, "what is the weather in paris");
        var afterTwo = await ScrapeAsync(serve);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        string[] statistic = ["platform=slack", "intent=statistic", "outcome=answer"];
        string[] declined = ["platform=slack", "intent=out-of-scope", "outcome=decline"];
        Assert.Equal(0, before.Value("jkbot_questions_total", statistic));
        Assert.Equal(1, afterOne.Value("jkbot_questions_total", statistic));
        Assert.Equal(1, afterTwo.Value("jkbot_questions_total", statistic));
        Assert.Equal(0, afterOne.Value("jkbot_questions_total", declined));
        Assert.Equal(1, afterTwo.Value("jkbot_questions_total", declined));

        Assert.Equal(1, afterOne.Value("jkbot_answer_duration_seconds_count", "platform=slack", "intent=statistic"));
        Assert.Equal(1, afterOne.Value("jkbot_answer_duration_seconds_bucket", "platform=slack", "intent=statistic", "le=+Inf"));
        Assert.InRange(afterOne.Value("jkbot_answer_duration_seconds_sum", "platform=slack", "intent=statistic"), 1e-7, 3);
        Assert.Equal(1, afterTwo.Value("jkbot_answer_duration_seconds_count", "platform=slack", "intent=out-of-scope"));

        // The start-up auth.test went to the fake Web API: one 429 waited out for the second it asked, then a 2xx. The first
        // question asked for the asker's locale (users.info, Slack:UserLocale); the second, from the same user, used the cached one.
        Assert.Equal(["auth.test", "auth.test", "users.info"], slack.Methods);
        Assert.Equal(1, afterTwo.Value("jkbot_platform_api_calls_total", "platform=slack", "method=auth.test", "status=429"));
        Assert.Equal(1, afterTwo.Value("jkbot_platform_api_calls_total", "platform=slack", "method=auth.test", "status=2xx"));
        Assert.Equal(1, afterTwo.Value("jkbot_platform_rate_limit_waits_total", "platform=slack", "method=auth.test"));
        Assert.Equal(1, afterTwo.Value("jkbot_platform_rate_limit_wait_duration_seconds_total", "platform=slack", "method=auth.test"));
        Assert.Equal(0, afterTwo.Value("jkbot_platform_api_errors_total", "platform=slack", "method=auth.test"));

        // Low cardinality: a question's series carry no user, channel or text.
        Assert.All(afterTwo.Where(s => s.Name == "jkbot_questions_total"), s =>
            Assert.Equal(["intent", "otel_scope_name", "outcome", "platform"], s.Labels.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Metrics_Disabled_NoEndpoint()
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string> { ["Metrics__Enabled"] = "false" });

        using var response = await serve.Http.GetAsync(new Uri(serve.Url + "/metrics"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<IReadOnlyList<PrometheusSample>> ScrapeAsync(ServeProcess serve)
    {
        using var response = await serve.Http.GetAsync(new Uri(serve.Url + "/metrics"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>POST /slack/commands as Slack sends it: a form body signed with the signing secret and the current time.</summary>
    private static async Task<HttpResponseMessage> SlashCommandAsync(ServeProcess serve, string text)
    {
        var body = $"command=%2Fjk&text={Uri.EscapeDataString(text)}&user_id=U123&team_id=T1&channel_id=C456&response_url=";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(serve.Url + "/slack/commands"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignatureVerifier.Compute(SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        return await serve.Http.SendAsync(request);
    }
}
