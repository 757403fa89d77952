namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>One endpoint (and fake Discord REST behind it) shared by a test class; tests use distinct interaction ids.</summary>
public sealed class EndpointFixture : IAsyncLifetime
{
    public TestSigner Signer { get; } = new();

    public FakeDiscordRest Rest { get; private set; } = null!;

    public DiscordEndpointFactory Factory { get; private set; } = null!;

    public SignedClient Client { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Rest = await FakeDiscordRest.StartAsync();
        Factory = new DiscordEndpointFactory(Signer.PublicKeyHex, Rest.BaseUrl, maxBodyBytes: 16 * 1024);
        Http = Factory.CreateKestrelClient();
        Client = new SignedClient(Http, Signer);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
        await Rest.DisposeAsync();
        Signer.Dispose();
    }
}
