using System.CommandLine;

namespace Bot.Host.Cli;

/// <summary>
/// <c>probe [--url URL] [--timeout SECONDS]</c>: GET a health endpoint of a running <c>serve</c>; exit 0 on 200, 1 otherwise.
/// It exists for Docker's <c>HEALTHCHECK</c>: the ASP.NET runtime image has no curl or wget, and this loads nothing
/// (no configuration, knowledge or model), so it costs a process start and one request.
/// </summary>
public static class ProbeCommand
{
    public const int Unhealthy = 1;

    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "What to GET (default: /healthz on the first ASPNETCORE_URLS address, or the serve default)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for the answer.", DefaultValueFactory = _ => 3 };
        var command = new Command("probe", "Check a running serve: GET /healthz (or --url), exit 0 if it answers 200.") { url, timeout };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(url) ?? DefaultUrl(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")),
            TimeSpan.FromSeconds(parse.GetValue(timeout)),
            ct));
        return command;
    }

    /// <summary>
    /// <c>/healthz</c> on the first address serve listens on. A wildcard host (<c>0.0.0.0</c>, <c>+</c>, <c>*</c>, <c>[::]</c>)
    /// is where serve listens, not an address to call, so the probe calls loopback on the same port.
    /// </summary>
    public static string DefaultUrl(string? aspnetcoreUrls)
    {
        var first = (aspnetcoreUrls ?? ServeCommand.DefaultUrls)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? ServeCommand.DefaultUrls;
        var wildcard = first.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcard, UriKind.Absolute, out var listen))
        {
            return ServeCommand.DefaultUrls + "/healthz";
        }

        var host = listen.Host is "0.0.0.0" or "[::]" or "::" or "localhost" ? "127.0.0.1" : listen.Host;
        return new UriBuilder(listen.Scheme, host, listen.Port, "/healthz").Uri.ToString();
    }

    private static async Task<int> RunAsync(string url, TimeSpan timeout, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
        {
            Console.Error.WriteLine($"probe: --url must be an absolute http(s) URL, got '{url}'");
            return ExitCodes.Usage;
        }

        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(target, ct).ConfigureAwait(false);
            Console.WriteLine($"{(int)response.StatusCode} {target}");
            return response.IsSuccessStatusCode ? ExitCodes.Ok : Unhealthy;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.Error.WriteLine($"probe: {target} did not answer ({(ex is TaskCanceledException ? "timed out" : ex.Message)})");
            return Unhealthy;
        }
    }
}
