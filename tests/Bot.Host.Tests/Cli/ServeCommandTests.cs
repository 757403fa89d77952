using System.Net;
using System.Text;
using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary><c>serve</c> and <c>commands register</c> as an operator runs them: a real process, real HTTP on loopback.</summary>
public sealed class ServeCommandTests
{
    // protocols.md A: the RFC 8032 TEST 1 key and a PING signed with it.
    private const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string PingBody = """{"id":"787053080478613555","token":"ThisIsATokenFromDiscordThatIsVeryLong","type":1,"version":1}""";
    private const string PingSignature = "f0bd878adcef1f6d475c9644421905bd02b5de38e0d3ecfc6f58a711962c69ccc8dd7c9db312f9bdf08b1e1b8182e27a844da728c5e0dbb5507bf9931c1ed80b";

    [Fact]
    public async Task Serve_HttpMode_HealthzAndVerifiedInteractionsEndpoint()
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>
        {
            ["Discord__Mode"] = "Http",
            ["Discord__ApplicationId"] = "app1",
            ["Discord__PublicKey"] = PublicKey,
        });

        using var health = await serve.Http.GetAsync(new Uri(serve.Url + "/healthz"));
        var status = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        using var ready = await serve.Http.GetAsync(new Uri(serve.Url + "/readyz"));
        var readiness = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        using var pong = await PostAsync(serve, PingBody, PingSignature);
        using var tampered = await PostAsync(serve, PingBody + " ", PingSignature);

        Assert.Equal("ok", status.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", readiness.GetProperty("status").GetString());
        Assert.Equal("ok", readiness.GetProperty("checks").GetProperty("database").GetString());
        Assert.True(status.GetProperty("faqs").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
        Assert.Equal("""{"type":1}""", await pong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
    }

    [Fact]
    public async Task Serve_DiscordOff_NoInteractionsEndpoint()
    {
        using var temp = new TempFolder();
        await using var serve = await ServeProcess.StartAsync(temp, new Dictionary<string, string>());

        using var response = await PostAsync(serve, PingBody, PingSignature);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Serve_HttpModeWithoutPublicKey_NamesTheSettingAndExits3()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["serve", "--urls", "http://127.0.0.1:0"], environment: new Dictionary<string, string>
        {
            ["Discord__Mode"] = "Http",
            ["Discord__ApplicationId"] = "app1",
        });

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Discord:PublicKey", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandsRegister_NoBotToken_NamesTheSettingAndExits3()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["commands", "register", "--guild", "123"], environment: new Dictionary<string, string>
        {
            ["Discord__ApplicationId"] = "app1",
        });

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Discord:BotToken", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    private static async Task<HttpResponseMessage> PostAsync(ServeProcess serve, string body, string signature)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(serve.Url + "/discord/interactions")) { Content = content };
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", "1700000000");
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        return await serve.Http.SendAsync(request);
    }
}
