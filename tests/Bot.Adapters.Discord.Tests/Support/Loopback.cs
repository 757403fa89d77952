using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Tests.Support;

/// <summary>Real Kestrel on 127.0.0.1 with a free port, for the fake Discord servers.</summary>
public static class Loopback
{
    /// <summary>A guard against hangs in every wait of these tests, not a speed requirement.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>The bound address ("http://127.0.0.1:port") once the app has started.</summary>
    public static string Address(WebApplication app) => app.Urls.Single(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
}
