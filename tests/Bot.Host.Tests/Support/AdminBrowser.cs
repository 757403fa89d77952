using Microsoft.Playwright;

namespace Bot.Host.Tests.Support;

/// <summary>A test that drives the system Chromium; skipped, with the reason, where it is not installed (CI installs it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(AdminBrowser.ChromiumPath))
        {
            Skip = $"no browser: {AdminBrowser.ChromiumPath} is not installed (apt-get install chromium; .ci/run does it)";
        }
    }
}

/// <summary>
/// Headless Chromium (Debian's, at <see cref="ChromiumPath"/>: Playwright never downloads a browser here) driven by Playwright,
/// plus one real <c>serve</c> on loopback with /admin on, Slack Events pointed at a fake Slack, and its own copy of knowledge/
/// (so a test may edit it). Shared by the browser tests of one class.
/// </summary>
public sealed class AdminBrowser : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SigningSecret = "admin-browser-signing-secret";

    private readonly TempFolder _temp = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public ServeProcess Serve { get; private set; } = null!;

    public FakeApi Slack { get; private set; } = null!;

    /// <summary>The knowledge folder this server reads (a copy: edit it freely).</summary>
    public string KnowledgePath => Path.Combine(_temp.Path, "knowledge");

    /// <summary>Where screenshots go: TestResults/ beside the test project (kept by CI as an artifact folder, ignored by git).</summary>
    public static string ResultsFolder { get; } = Path.Combine(HostProcess.RepositoryRoot, "tests", "Bot.Host.Tests", "TestResults", "browser");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        CopyFolder(Path.Combine(HostProcess.RepositoryRoot, "knowledge"), KnowledgePath);
        Slack = await FakeApi.StartAsync();
        Slack.Respond = request => request.Path.EndsWith("/auth.test", StringComparison.Ordinal)
            ? FakeApi.SlackIdentity
            : new FakeApiResponse(200, """{"ok":true,"channel":"C1","ts":"1800000000.000001"}""");
        Serve = await ServeProcess.StartAsync(_temp, AdminClient.Settings(new()
        {
            ["Knowledge__Path"] = KnowledgePath,
            ["Slack__Mode"] = "Events",
            ["Slack__SigningSecret"] = SigningSecret,
            ["Slack__BotToken"] = "xoxb-admin-browser",
            ["Slack__ApiBaseUrl"] = Slack.SlackApiBaseUrl,
            ["Slack__ReactWhileWorking"] = "false",
            ["Slack__ChannelMessageInterval"] = "00:00:00",
            ["Throttle__PerUserPerMinute"] = "0",
            ["Throttle__PerChannelPerMinute"] = "0",
        }));

        // Never a browser download: the system Chromium only.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        // Small /dev/shm in containers (the Dockerfile's build stage runs these tests): use /tmp instead.
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ["--disable-dev-shm-usage"] });
    }

    /// <summary>A fresh browser session (no cookies) at <paramref name="width"/> × <paramref name="height"/> CSS pixels, phone-like when asked.</summary>
    public async Task<BrowserSession> OpenAsync(int width = 1280, int height = 900, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
            BaseURL = Serve.Url,
        });
        return new BrowserSession(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Serve is not null)
        {
            await Serve.DisposeAsync();
        }

        if (Slack is not null)
        {
            await Slack.DisposeAsync();
        }
    }

    public void Dispose() => _temp.Dispose();

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}

/// <summary>One browser context and its page, with every console error and page error it saw; a screenshot on failure.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (Errors)
                {
                    Errors.Add($"console {message.Type}: {message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (Errors)
            {
                Errors.Add("page error: " + error);
            }
        };
        page.Dialog += (_, dialog) =>
        {
            lock (Errors)
            {
                Errors.Add("a dialog opened (a script ran): " + dialog.Message);
            }

            _ = dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors and warnings, uncaught page errors and dialogs, in order.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Fails listing every error seen, in full.</summary>
    public void AssertNoErrors()
    {
        lock (Errors)
        {
            Assert.True(Errors.Count == 0, "the browser reported:\n" + string.Join("\n", Errors));
        }
    }

    public async Task SignInAsync(string token = AdminClient.Token)
    {
        await Page.GotoAsync("/admin/signin");
        await Page.FillAsync("#token", token);
        // The form post always navigates (a redirect when signed in, the form again with an error when not).
        // Waiting for "load" after the click raced the sign-in page still on screen and hung once in CI; a mark
        // left on the old document tells when the new one has replaced it, whichever page that is.
        await Page.EvaluateAsync("() => { window.__beforeSignIn = true; }");
        await Page.ClickAsync("button[type=submit]");
        await Page.WaitForFunctionAsync("() => !window.__beforeSignIn && document.readyState !== 'loading'");
    }

    /// <summary>Runs <paramref name="steps"/>; on failure saves a full-page screenshot to TestResults/browser/<paramref name="name"/>.png first.</summary>
    public async Task RunAsync(string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch
        {
            Directory.CreateDirectory(AdminBrowser.ResultsFolder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AdminBrowser.ResultsFolder, name + ".png"), FullPage = true });
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
