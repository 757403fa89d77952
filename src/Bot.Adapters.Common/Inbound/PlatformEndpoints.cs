using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Common.Inbound;

/// <summary>How both adapters map their HTTP endpoints: only when the platform is served over HTTP (otherwise the paths answer 404).</summary>
public static class PlatformEndpoints
{
    /// <param name="servedOverHttp">Reads the platform's settings (validated here, at start): Discord:Mode Http, Slack:Mode Events.</param>
    public static IEndpointRouteBuilder MapWhenServed<TOptions>(
        this IEndpointRouteBuilder endpoints, Func<TOptions, bool> servedOverHttp, Action<IEndpointRouteBuilder> map)
        where TOptions : class
    {
        if (servedOverHttp(endpoints.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value))
        {
            map(endpoints);
        }

        return endpoints;
    }
}
