using System.Net;
using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Admin;

/// <summary>One real <c>serve</c> with <c>Admin__Token</c> set, shared by the plain-HTTP checks of /admin below.</summary>
public sealed class AdminServeFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();

    public ServeProcess Serve { get; private set; } = null!;

    public async Task InitializeAsync() => Serve = await ServeProcess.StartAsync(_temp, AdminClient.Settings());

    public async Task DisposeAsync() => await Serve.DisposeAsync();

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// /admin over plain HTTP on a real <c>serve</c>: who is let in (302 for pages, 401 for the API), the security headers on every
/// response, the cookie's flags, anti-forgery on every POST, and 400 for a bad period.
/// </summary>
public sealed class AdminHttpTests(AdminServeFixture fixture) : IClassFixture<AdminServeFixture>
{
    public static TheoryData<string> Pages => ["/admin", "/admin/gaps", "/admin/feedback", "/admin/knowledge", "/admin/digests", "/admin/platforms", "/admin/gaps?days=7"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_NotSignedIn_RedirectsToSignIn(string path)
    {
        using var admin = new AdminClient(fixture.Serve);

        using var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/signin", response.Headers.Location?.OriginalString);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/admin/api/report", null)]
    [InlineData("/admin/api/gaps?days=7", null)]
    [InlineData("/admin/api/report", "wrong-token")]
    [InlineData("/admin/api/gaps", "")]
    public async Task Api_NoSessionOrWrongBearer_401WithoutData(string path, string? bearer)
    {
        using var admin = new AdminClient(fixture.Serve);

        using var response = await admin.GetAsync(path, bearer);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(["error"], body.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/admin/signin")]
    [InlineData("/admin/admin.css")]
    [InlineData("/admin")]
    [InlineData("/admin/api/report")]
    [InlineData("/admin/nothing-here")]
    public async Task AnyAdminResponse_CarriesTheSecurityHeaders(string path)
    {
        using var admin = new AdminClient(fixture.Serve);

        using var response = await admin.GetAsync(path);

        Assert.Equal("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
    }

    [Fact]
    public async Task SignInPage_FormPostsTheTokenAndHasNoScript()
    {
        using var admin = new AdminClient(fixture.Serve);

        using var response = await admin.GetAsync("/admin/signin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"signin\" method=\"post\" action=\"/admin/signin\">", html, StringComparison.Ordinal);
        Assert.Contains("type=\"password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_RightToken_SessionCookieHttpOnlyStrictNotTheToken_ThenPagesAndApiOpen()
    {
        using var admin = new AdminClient(fixture.Serve);

        using var signIn = await admin.SignInAsync();
        var setCookie = SetCookie(signIn, "jkbot_admin");

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", setCookie, StringComparison.OrdinalIgnoreCase);
        // Plain HTTP on loopback: a Secure cookie would never come back.
        Assert.DoesNotContain("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(AdminClient.TokenFragment, setCookie, StringComparison.Ordinal);
        foreach (var path in Pages)
        {
            using var page = await admin.GetAsync(path);
            var html = await page.Content.ReadAsStringAsync();
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path}: {(int)page.StatusCode}");
            Assert.Contains("Sign out</button>", html, StringComparison.Ordinal);
            Assert.DoesNotContain(AdminClient.TokenFragment, html, StringComparison.Ordinal);
        }

        using var api = await admin.GetAsync("/admin/api/report?days=7");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task SignIn_BehindTlsProxy_CookieIsSecure()
    {
        using var admin = new AdminClient(fixture.Serve);

        using var signIn = await admin.SignInAsync(headers: new() { ["X-Forwarded-Proto"] = "https" });

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Contains("; secure", SetCookie(signIn, "jkbot_admin"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_RightBearer_AnsweredWithoutSession()
    {
        using var admin = new AdminClient(fixture.Serve);

        using var report = await admin.GetAsync("/admin/api/report?days=30", AdminClient.Token);
        using var gaps = await admin.GetAsync("/admin/api/gaps", AdminClient.Token);

        var body = JsonDocument.Parse(await report.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(HttpStatusCode.OK, gaps.StatusCode);
        Assert.StartsWith("application/json", report.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        // The CuratorReport, camelCase, as `report --json` prints it.
        Assert.Equal(["from", "to", "questions", "byOutcome", "byPlatform", "byIntent", "perDay", "p95AnswerMs", "top", "gaps", "feedback"],
            body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(30, (body.GetProperty("to").GetDateTimeOffset() - body.GetProperty("from").GetDateTimeOffset()).TotalDays, precision: 3);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await gaps.Content.ReadAsStringAsync()).RootElement.ValueKind);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("3651")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("99999999999999999999")]
    public async Task Api_BadDays_400WithTheReason(string days)
    {
        using var admin = new AdminClient(fixture.Serve);

        using var report = await admin.GetAsync("/admin/api/report?days=" + Uri.EscapeDataString(days), AdminClient.Token);
        using var gaps = await admin.GetAsync("/admin/api/gaps?days=" + Uri.EscapeDataString(days), AdminClient.Token);

        Assert.Equal(HttpStatusCode.BadRequest, report.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, gaps.StatusCode);
        Assert.Equal("days must be a whole number from 1 to 3650.",
            JsonDocument.Parse(await report.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Page_BadDays_400()
    {
        using var admin = new AdminClient(fixture.Serve);
        using var _ = await admin.SignInAsync();

        using var response = await admin.GetAsync("/admin/gaps?days=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("days must be a whole number from 1 to 3650.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_WithoutAntiforgeryToken_Refused()
    {
        using var admin = new AdminClient(fixture.Serve);
        using var signedIn = await admin.SignInAsync();
        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);

        // The right token but no anti-forgery field: no second session.
        using var signIn = await admin.PostFormAsync("/admin/signin", new Dictionary<string, string> { ["token"] = AdminClient.Token });
        using var recheck = await admin.PostFormAsync("/admin/gaps/recheck", new Dictionary<string, string> { ["days"] = "7" });
        using var reload = await admin.PostFormAsync("/admin/knowledge/reload", new Dictionary<string, string> { ["__af"] = "forged" });
        using var signOut = await admin.PostFormAsync("/admin/signout", new Dictionary<string, string>());
        using var stillIn = await admin.GetAsync("/admin/knowledge");

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("jkbot_admin=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, recheck.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithToken_EndsTheSession()
    {
        using var admin = new AdminClient(fixture.Serve);
        using var _ = await admin.SignInAsync();
        var session = admin.Cookies["jkbot_admin"];
        var field = await admin.FormTokenAsync("/admin/knowledge");

        using var signOut = await admin.PostFormAsync("/admin/signout", new Dictionary<string, string> { ["__af"] = field });
        // The old cookie replayed after sign-out is refused too: the id is revoked on this replica, not only deleted in the browser.
        admin.Cookies["jkbot_admin"] = session;
        using var after = await admin.GetAsync("/admin/knowledge");

        Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        Assert.Equal("/admin/signin", signOut.Headers.Location?.OriginalString);
        Assert.Contains("expires=Thu, 01 Jan 1970", SetCookie(signOut, "jkbot_admin"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content) : "";

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal)) ?? "" : "";
}
