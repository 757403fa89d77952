using System.Text.Json;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Cli;

/// <summary><c>digest preview|tick|list</c> and <c>chart</c> as a person or cron would run them.</summary>
public sealed class DigestCommandTests
{
    private static readonly Dictionary<string, string> SeoulSubscription = new()
    {
        ["Digest__Subscriptions__0__Platform"] = "discord",
        ["Digest__Subscriptions__0__Workspace"] = "G1",
        ["Digest__Subscriptions__0__Channel"] = "111",
        ["Digest__Subscriptions__0__Time"] = "08:00",
        ["Digest__Subscriptions__0__TimeZone"] = "Asia/Seoul",
    };

    [Fact]
    public async Task Preview_TreatyDay_ShowsThe1965TreatyAnniversary()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["digest", "preview", "--date", "2026-06-22"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Japan–Korea daily digest · Monday 22 June 2026", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("**1965** — Treaty on Basic Relations and Claims Agreement signed in Tokyo (61 years ago)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Statistic of the day", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewJson_TreatyDay_SectionsAndChartAsJson()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["digest", "preview", "--date", "2026-06-22", "--json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("2026-06-22", root.GetProperty("date").GetString());
        var first = root.GetProperty("sections")[0];
        Assert.Equal("on-this-day", first.GetProperty("kind").GetString());
        Assert.Contains("61 years ago", first.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("chart").GetProperty("seriesId").GetString()));
    }

    [Fact]
    public async Task Preview_BadDate_Usage()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["digest", "preview", "--date", "22/06/2026"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("YYYY-MM-DD", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko", "한일 관계 데일리 다이제스트 · 2026년 6월 22일 월요일")]
    [InlineData("ja", "日韓関係デイリーダイジェスト")]
    [InlineData("en", "Japan–Korea daily digest · Monday 22 June 2026")]
    public async Task Preview_Lang_TheDigestInThatLanguage(string lang, string title)
    {
        using var temp = new TempFolder();

        var text = await HostProcess.RunAsync(temp, ["digest", "preview", "--date", "2026-06-22", "--lang", lang]);
        var json = await HostProcess.RunAsync(temp, ["digest", "preview", "--date", "2026-06-22", "--lang", lang, "--json"]);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.StartsWith(title, text.Stdout, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(lang, document.RootElement.GetProperty("lang").GetString());
        Assert.StartsWith(title, document.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("korean")]
    public async Task Preview_BadLang_UsageNamingTheOption(string lang)
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["digest", "preview", "--lang", lang]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"--lang '{lang}'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("en|ko|ja", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Tick_DueWithNoAdapter_LoggedOnlyOnceThenListed()
    {
        using var temp = new TempFolder();
        string[] tick = ["digest", "tick", "--now", "2026-06-22T08:00:00+09:00"];

        var first = await HostProcess.RunAsync(temp, tick, environment: SeoulSubscription);
        var second = await HostProcess.RunAsync(temp, tick, environment: SeoulSubscription);
        var list = await HostProcess.RunAsync(temp, ["digest", "list"], environment: SeoulSubscription);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("LOG ONLY, NOT POSTED: no discord adapter configured", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("Treaty on Basic Relations", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("discord:111 2026-06-22 logged", first.Stdout, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("LOG ONLY", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("discord:111 2026-06-22 alreadydone", second.Stdout, StringComparison.Ordinal);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("discord:111 in G1  08:00 Asia/Seoul", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-06-22  logged", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("key discord:111:2026-06-22", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tick_NowWithoutOffset_Usage()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["digest", "tick", "--now", "2026-06-22T08:00:00"], environment: SeoulSubscription);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("with an offset", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tick_UnknownTimeZone_ConfigurationErrorNamingTheKey()
    {
        using var temp = new TempFolder();
        var environment = new Dictionary<string, string>(SeoulSubscription) { ["Digest__Subscriptions__0__TimeZone"] = "Asia/Seol" };

        var run = await HostProcess.RunAsync(temp, ["digest", "tick", "--now", "2026-06-22T08:00:00+09:00"], environment: environment);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Digest:Subscriptions:0:TimeZone 'Asia/Seol'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_FlowSeries_WritesAPng()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "charts", "imports.png");

        var run = await HostProcess.RunAsync(temp, ["chart", "imports", "--from", "2018", "--theme", "light", "--out", output]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var png = await File.ReadAllBytesAsync(output);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Contains("South Korea's imports from Japan (flow, light theme), 1000×560 PNG", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_UnknownMetric_UsageListingTheSeries()
    {
        using var temp = new TempFolder();

        var run = await HostProcess.RunAsync(temp, ["chart", "bananas", "--out", Path.Combine(temp.Path, "x.png")]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no statistics series 'bananas'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("kr-imports-from-japan", run.Stderr, StringComparison.Ordinal);
    }
}
