using System.Net;
using System.Text;
using Bot.Adapters.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Tests.Interactions;

/// <summary>
/// The fuzzing run's inputs on Discord: strings that are not text already got a 400, but each logged an error with a stack trace.
/// Now: 400, one warning line, nothing at error level.
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TestSigner _signer = new();
    private readonly LogLines _logs = new();
    private FakeDiscordRest _rest = null!;
    private DiscordEndpointFactory _factory = null!;
    private HttpClient _http = null!;
    private SignedClient _client = null!;

    public static TheoryData<string, byte[]> NotText => new()
    {
        { "option value invalid UTF-8", [.. Encoding.UTF8.GetBytes("""{"type":2,"id":"7001","token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":"x"""), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}]}}")] },
        { "option value lone surrogate", Encoding.UTF8.GetBytes("""{"type":2,"id":"7002","token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":"a\ud800b"}]}}""") },
        { "token lone surrogate", Encoding.UTF8.GetBytes("""{"type":2,"id":"7003","token":"\udc00","data":{"name":"about"}}""") },
        { "custom_id invalid UTF-8", [.. Encoding.UTF8.GetBytes("""{"type":3,"id":"7004","token":"t","data":{"custom_id":"fb:up:"""), 0xC0, 0x80, .. Encoding.UTF8.GetBytes("\"}}")] },
    };

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRest.StartAsync();
        _factory = new DiscordEndpointFactory(_signer.PublicKeyHex, _rest.BaseUrl, configure: services => services.AddSingleton<ILoggerProvider>(_logs));
        _http = _factory.CreateKestrelClient();
        _client = new SignedClient(_http, _signer);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
        await _rest.DisposeAsync();
        _signer.Dispose();
    }

    [Theory]
    [MemberData(nameof(NotText))]
    public async Task Post_SignedStringsThatAreNotText_400OneWarningNoError(string what, byte[] body)
    {
        using var response = await _client.PostAsync(body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, what);
        Assert.Single(_logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("Discord interaction refused (400)", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Level >= LogLevel.Error);
        Assert.Empty(_rest.Requests);
    }
}
