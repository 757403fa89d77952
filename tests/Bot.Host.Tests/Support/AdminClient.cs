using System.Net;
using System.Text.RegularExpressions;

namespace Bot.Host.Tests.Support;

/// <summary>
/// HTTP to a running <c>serve</c>'s /admin as a browser would, but in plain sight: no redirects followed, cookies kept by hand
/// (name → value), the sign-in form's anti-forgery field read from the page.
/// </summary>
public sealed partial class AdminClient(ServeProcess serve) : IDisposable
{
    /// <summary>An admin token for tests: 44 characters, like <c>openssl rand -base64 32</c>.</summary>
    public const string Token = "T3stAdm1nT0ken-fakeADMINSECRET7-0123456789xy";

    /// <summary>The distinctive middle of <see cref="Token"/>, so a token cut short is caught in a log too.</summary>
    public const string TokenFragment = "fakeADMINSECRET7";

    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(60) };

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    public static Dictionary<string, string> Settings(Dictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Admin__Token"] = Token,
            ["Retrieval__UseEmbeddings"] = "false",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? bearer = null, Dictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, serve.Url + path);
        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        return await SendAsync(request, headers);
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> form, Dictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, serve.Url + path) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(request, headers);
    }

    /// <summary>The anti-forgery field of the form on <paramref name="path"/> (the matching cookie is kept).</summary>
    public async Task<string> FormTokenAsync(string path = "/admin/signin")
    {
        using var page = await GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var match = AntiforgeryInput().Match(html);
        Assert.True(match.Success, $"no anti-forgery field on {path} ({(int)page.StatusCode}): {html}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Signs in through the form with <paramref name="token"/>; returns the response to the POST.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string token = Token, Dictionary<string, string>? headers = null)
    {
        var field = await FormTokenAsync();
        return await PostFormAsync("/admin/signin", new Dictionary<string, string> { ["__af"] = field, ["token"] = token }, headers);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Dictionary<string, string>? headers)
    {
        if (Cookies.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';')[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..eq], pair[(eq + 1)..]);
                if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    Cookies.Remove(name);
                }
                else
                {
                    Cookies[name] = value;
                }
            }
        }

        return response;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
