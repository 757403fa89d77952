using System.Net;
using Bot.Host.Tests.Support;
using Microsoft.Playwright;

namespace Bot.Host.Tests.Admin;

/// <summary>
/// The admin pages in a real browser (headless Chromium) against a real <c>serve</c>: signing in and out, the overview's chart,
/// a gap made by a question asked on Slack and closed by a knowledge edit and a re-check, a phone-sized screen, and a console
/// without errors (a blocked style or script would show there, as a Content-Security-Policy violation).
/// </summary>
public sealed class AdminBrowserTests(AdminBrowser fixture) : IClassFixture<AdminBrowser>
{
    private static int _messages;

    private static readonly string[] Sections = ["/admin", "/admin/gaps", "/admin/feedback", "/admin/knowledge", "/admin/digests", "/admin/platforms"];

    [BrowserFact]
    public async Task SignIn_WrongTokenThenRight_OverviewWithChartEverySectionNoConsoleErrors()
    {
        await AskOnSlackAsync(("EvB1", "when was the 1965 treaty signed?"));
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.RunAsync(nameof(SignIn_WrongTokenThenRight_OverviewWithChartEverySectionNoConsoleErrors), async () =>
        {
            await page.GotoAsync("/admin");
            Assert.Equal(fixture.Serve.Url + "/admin/signin", page.Url);

            await session.SignInAsync("not-the-admin-token-but-long-enough-to-try");
            Assert.Equal(fixture.Serve.Url + "/admin/signin", page.Url);
            Assert.Equal("That token is not right.", (await page.Locator(".notice.error").TextContentAsync())?.Trim());
            Assert.Equal("", await page.InputValueAsync("#token"));
            // The refused sign-in answered 401, which the browser logs as a failed load: expected, so not counted below.
            session.Errors.Clear();

            await session.SignInAsync();
            Assert.Equal(fixture.Serve.Url + "/admin", page.Url);
            Assert.Equal("Overview", await page.Locator("h1").TextContentAsync());
            // The query log is written behind: reload until the question asked above is in the chart.
            await ReloadUntilAsync(page, async () => await page.Locator("svg.chart rect").CountAsync() > 0);
            Assert.Equal(1, await page.Locator("svg.chart").CountAsync());
            Assert.True(await page.Locator("svg.chart rect.o-answer").CountAsync() > 0);
            Assert.True(await page.Locator("svg.chart").IsVisibleAsync());
            // The stylesheet loaded (a CSP block would leave the chart unstyled): the bars have the answer colour.
            Assert.Equal("rgb(47, 125, 79)", await page.Locator("svg.chart rect.o-answer").First.EvaluateAsync<string>("e => getComputedStyle(e).fill"));

            foreach (var section in Sections.Skip(1))
            {
                await page.ClickAsync($"nav a[href='{section}']");
                Assert.Equal(fixture.Serve.Url + section, page.Url);
                Assert.Equal("page", await page.Locator($"nav a[href='{section}']").GetAttributeAsync("aria-current"));
            }

            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task SignOut_BackToSignIn_AndPagesClosedAgain()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.RunAsync(nameof(SignOut_BackToSignIn_AndPagesClosedAgain), async () =>
        {
            await session.SignInAsync();
            await page.GotoAsync("/admin/knowledge");
            Assert.Equal("Knowledge", await page.Locator("h1").TextContentAsync());

            await page.ClickAsync("form.signout button");

            Assert.Equal(fixture.Serve.Url + "/admin/signin", page.Url);
            Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "jkbot_admin");
            await page.GotoAsync("/admin/knowledge");
            Assert.Equal(fixture.Serve.Url + "/admin/signin", page.Url);
            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task Gap_AskedOnSlack_ShownAsTextThenAnsweredAfterKnowledgeEditAndRecheck()
    {
        // Slack escapes < > & in message text; the adapter turns them back into the characters the user typed.
        var hostile = ("best ramen in sapporo &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; "
            + string.Concat(Enumerable.Repeat("and more noodles ", 70)))[..1000];
        await AskOnSlackAsync(("EvG1", "what is zorblax"), ("EvG2", hostile));
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.RunAsync(nameof(Gap_AskedOnSlack_ShownAsTextThenAnsweredAfterKnowledgeEditAndRecheck), async () =>
        {
            await session.SignInAsync();
            // The bot declines the markup (a safety decline, not a gap): the overview's most-asked list shows it, as text —
            // verbatim, nothing ran, no element made of it.
            await page.GotoAsync("/admin?days=1");
            var markup = page.Locator("td", new PageLocatorOptions { HasText = "<script>alert(1)</script><img src=x onerror=alert(2)>" });
            await ReloadUntilAsync(page, async () => await markup.CountAsync() == 1);
            Assert.StartsWith("best ramen in sapporo <script>alert(1)</script><img src=x onerror=alert(2)> and more noodles", await markup.TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("main script, main img").CountAsync());

            await page.GotoAsync("/admin/gaps?days=1");
            var zorblax = page.Locator("tr", new PageLocatorOptions { HasText = "what is zorblax" });
            await ReloadUntilAsync(page, async () => await zorblax.CountAsync() == 1);

            // The curator teaches the bot the word, and reloads.
            var gsomia = Path.Combine(fixture.KnowledgePath, "faq", "gsomia.md");
            var text = await File.ReadAllTextAsync(gsomia);
            await File.WriteAllTextAsync(gsomia, text.Replace("aliases: [gsomia,", "aliases: [zorblax, gsomia,", StringComparison.Ordinal));
            await page.GotoAsync("/admin/knowledge");
            await page.ClickAsync("form[action='/admin/knowledge/reload'] button");
            Assert.Contains((await page.Locator(".notice").TextContentAsync())!, (string[])["Reloaded: the new knowledge is live.", "Already up to date: the files are the ones loaded."]);

            await page.GotoAsync("/admin/gaps?days=1");
            await page.ClickAsync("form[action='/admin/gaps/recheck'] button");

            Assert.Contains("now answered", await page.Locator(".notice").TextContentAsync(), StringComparison.Ordinal);
            Assert.Contains("gsomia", (await zorblax.Locator("strong.answered").TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
            session.AssertNoErrors();
        });
    }

    [BrowserFact]
    public async Task EverySection_PhoneViewport390_NoHorizontalScroll()
    {
        await using var session = await fixture.OpenAsync(width: 390, height: 844, phone: true);
        var page = session.Page;
        await session.RunAsync(nameof(EverySection_PhoneViewport390_NoHorizontalScroll), async () =>
        {
            await page.GotoAsync("/admin/signin");
            await AssertNoHorizontalScrollAsync(page, "/admin/signin");
            await session.SignInAsync();
            foreach (var section in Sections)
            {
                await page.GotoAsync(section);
                await AssertNoHorizontalScrollAsync(page, section);
            }

            Directory.CreateDirectory(AdminBrowser.ResultsFolder);
            await page.GotoAsync("/admin");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AdminBrowser.ResultsFolder, "overview-phone.png"), FullPage = true });
            session.AssertNoErrors();
        });
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page, string section)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"{section}: the page is {scroll} px wide on a {client} px screen");
    }

    private async Task AskOnSlackAsync(params (string EventId, string Question)[] questions)
    {
        var before = fixture.Slack.Requests.Count(IsPost);
        foreach (var (eventId, question) in questions)
        {
            // Each message its own ts: Slack's id for a message, which the bot answers once.
            var ts = $"1764235800.{Interlocked.Increment(ref _messages):000000}";
            using var ack = await SlackEvents.PostAsync(fixture.Serve, SlackEvents.Mention(eventId, question, ts), AdminBrowser.SigningSecret);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        }

        await fixture.Slack.WaitForAsync(IsPost, before + questions.Length);

        static bool IsPost(FakeApiRequest r) => r.Path.EndsWith("/chat.postMessage", StringComparison.Ordinal);
    }

    /// <summary>Reloads until <paramref name="done"/> (bounded: 30 s); for what the server writes behind.</summary>
    private static async Task ReloadUntilAsync(IPage page, Func<Task<bool>> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"not there after 30 s: {page.Url}");
            // Polling what is written behind, not timing anything.
            await Task.Delay(500);
            await page.ReloadAsync();
        }
    }
}
