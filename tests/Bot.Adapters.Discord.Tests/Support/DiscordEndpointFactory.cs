using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Core.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>
/// The interactions endpoint in-process with <see cref="WebApplicationFactory{TEntryPoint}"/> on real Kestrel (127.0.0.1, free port):
/// <c>AddDiscord</c> + <c>MapDiscord</c> over the real knowledge base, as <c>serve</c> wires them, with the REST client
/// pointed at a fake Discord.
/// </summary>
public sealed class DiscordEndpointFactory(string publicKeyHex, string apiBaseUrl, IIntent? first = null, int maxBodyBytes = 16 * 1024, Action<IServiceCollection>? configure = null)
    : WebApplicationFactory<DiscordEndpointFactory>
{
    public HttpClient CreateKestrelClient()
    {
        UseKestrel(0);
        StartServer();
        return CreateClient();
    }

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Mode"] = "Http",
                ["Discord:ApplicationId"] = "app1",
                ["Discord:PublicKey"] = publicKeyHex,
                ["Discord:ApiBaseUrl"] = apiBaseUrl,
                ["Discord:DeferAfter"] = "00:00:00.050",
                ["Discord:MaxBodyBytes"] = maxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Discord:RetryBaseDelay"] = "00:00:00.010",
            }))
            .ConfigureWebHost(web => web
                .ConfigureServices(services =>
                {
                    services.AddRouting().AddTestBot(first).AddDiscord();
                    configure?.Invoke(services);
                })
                .Configure(app => app.UseRouting().UseEndpoints(endpoints => endpoints.MapDiscord())));

    // The factory would look for a content root next to the solution (named after this assembly); this host serves no files.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
