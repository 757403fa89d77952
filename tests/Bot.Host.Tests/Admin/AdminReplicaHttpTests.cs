using System.Net;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Admin;

/// <summary>Two real <c>serve</c> processes with the same <c>Admin__Token</c> and nothing else shared: two replicas behind a balancer.</summary>
public sealed class AdminTwoServesFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _tempA = new();
    private readonly TempFolder _tempB = new();

    public ServeProcess A { get; private set; } = null!;

    public ServeProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        A = await ServeProcess.StartAsync(_tempA, AdminClient.Settings());
        B = await ServeProcess.StartAsync(_tempB, AdminClient.Settings());
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }

    public void Dispose()
    {
        _tempA.Dispose();
        _tempB.Dispose();
    }
}

/// <summary>
/// /admin across replicas over real HTTP: a sign-in on one is a sign-in on the other (and would survive a restart the same way),
/// and a form rendered by one is accepted when posted to the other.
/// </summary>
public sealed class AdminReplicaHttpTests(AdminTwoServesFixture fixture) : IClassFixture<AdminTwoServesFixture>
{
    [Fact]
    public async Task SignedInOnOne_CookieOpensPagesAndApiOnTheOther()
    {
        using var a = new AdminClient(fixture.A);
        using var b = new AdminClient(fixture.B);

        using var signIn = await a.SignInAsync();
        CopyCookies(a, b);
        using var page = await b.GetAsync("/admin/gaps");
        using var api = await b.GetAsync("/admin/api/report?days=7");

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Sign out</button>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task SignInForm_RenderedByOne_PostedToTheOther_SignsIn()
    {
        using var a = new AdminClient(fixture.A);
        using var b = new AdminClient(fixture.B);

        var field = await a.FormTokenAsync();
        CopyCookies(a, b);
        using var signIn = await b.PostFormAsync("/admin/signin", new Dictionary<string, string> { ["__af"] = field, ["token"] = AdminClient.Token });
        CopyCookies(b, a);
        using var page = await a.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Form_RenderedByOne_PostedToTheOther_Accepted_AndSignOutEndsItThere()
    {
        using var a = new AdminClient(fixture.A);
        using var b = new AdminClient(fixture.B);
        using var _ = await a.SignInAsync();
        var session = a.Cookies["jkbot_admin"];
        var field = await a.FormTokenAsync("/admin/knowledge");
        CopyCookies(a, b);

        using var reload = await b.PostFormAsync("/admin/knowledge/reload", new Dictionary<string, string> { ["__af"] = field });
        using var forged = await b.PostFormAsync("/admin/knowledge/reload", new Dictionary<string, string> { ["__af"] = (field[0] == 'A' ? "B" : "A") + field[1..] });
        using var signOut = await b.PostFormAsync("/admin/signout", new Dictionary<string, string> { ["__af"] = field });
        b.Cookies["jkbot_admin"] = session;
        using var replayedOnB = await b.GetAsync("/admin/knowledge");
        using var stillOnA = await a.GetAsync("/admin/knowledge");

        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        Assert.Contains("Knowledge", await reload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayedOnB.StatusCode);
        // Documented (docs/operations.md): the sign-out is remembered by the replica that received it; a copy of the cookie
        // stays valid on the others until it expires. Rotating Admin__Token ends it everywhere.
        Assert.Equal(HttpStatusCode.OK, stillOnA.StatusCode);
    }

    [Fact]
    public async Task Restart_SameToken_StillSignedIn_OtherToken_SignedOut()
    {
        using var temp = new TempFolder();
        Dictionary<string, string> cookies;
        string field;
        await using (var before = await ServeProcess.StartAsync(temp, AdminClient.Settings()))
        {
            using var admin = new AdminClient(before);
            using var _ = await admin.SignInAsync();
            field = await admin.FormTokenAsync("/admin/knowledge");
            cookies = new(admin.Cookies);
            Assert.Equal(0, (await before.StopAsync()).ExitCode);
        }

        await using (var after = await ServeProcess.StartAsync(temp, AdminClient.Settings()))
        {
            using var admin = new AdminClient(after);
            CopyCookies(cookies, admin);
            using var page = await admin.GetAsync("/admin/gaps");
            using var reload = await admin.PostFormAsync("/admin/knowledge/reload", new Dictionary<string, string> { ["__af"] = field });
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
        }

        // Rotating Admin__Token is "sign out everywhere".
        await using var rotated = await ServeProcess.StartAsync(temp, AdminClient.Settings(new() { ["Admin__Token"] = "Rotated-" + AdminClient.Token }));
        using var stale = new AdminClient(rotated);
        CopyCookies(cookies, stale);
        using var refused = await stale.GetAsync("/admin/gaps");
        using var refusedPost = await stale.PostFormAsync("/admin/knowledge/reload", new Dictionary<string, string> { ["__af"] = field });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, refusedPost.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1")]
    [InlineData("v1.9999999999.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("v1.99999999999999999999999.x.y")]
    [InlineData("%ff%fe..%00")]
    public async Task GarbageSessionCookie_SignInPageNot500(string cookie)
    {
        using var b = new AdminClient(fixture.B);
        b.Cookies["jkbot_admin"] = cookie;
        b.Cookies["jkbot_admin_af"] = cookie;

        using var page = await b.GetAsync("/admin");
        using var signInPage = await b.GetAsync("/admin/signin");
        using var post = await b.PostFormAsync("/admin/knowledge/reload", new Dictionary<string, string> { ["__af"] = cookie });

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
    }

    [Fact]
    public async Task HugeGarbageSessionCookie_Not500()
    {
        using var b = new AdminClient(fixture.B);
        b.Cookies["jkbot_admin"] = new string('x', 10 * 1024);

        using var page = await b.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    private static void CopyCookies(AdminClient from, AdminClient to) => CopyCookies(from.Cookies, to);

    private static void CopyCookies(Dictionary<string, string> from, AdminClient to)
    {
        foreach (var (name, value) in from)
        {
            to.Cookies[name] = value;
        }
    }
}
