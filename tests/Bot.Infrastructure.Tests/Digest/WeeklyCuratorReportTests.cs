using Bot.Core;
using Bot.Core.Digest;
using Bot.Core.Reporting;
using Bot.Infrastructure.Digest;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Bot.Infrastructure.Tests.Digest;

/// <summary>The weekly curator report: Mondays only, exactly once per week through the digest delivery records (real LiteDB), retries with the same key.</summary>
public sealed class WeeklyCuratorReportTests : IDisposable
{
    // Monday 7 December 2026.
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private readonly TempStorage _storage = new();
    private readonly LiteDbContext _db;
    private readonly ICuratorReports _reports = Substitute.For<ICuratorReports>();
    private readonly RecordingPublisher _publisher = new(Platforms.Discord);

    public WeeklyCuratorReportTests()
    {
        _db = TempStorage.Open(_storage.Options());
        _reports.Build(7).Returns(Report());
    }

    [Theory]
    [InlineData("C123")]
    [InlineData("teams:C123")]
    [InlineData("slack:#general")]
    public void Options_MalformedReportChannel_RefusedNamingTheKey(string value)
    {
        using var provider = Services(value);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WeeklyReportOptions>>().Value);
        Assert.Contains("Admin__ReportChannel", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("slack:C0123ABC")]
    [InlineData("discord:123456789012345678")]
    public void Options_UnsetOrWellFormedReportChannel_Accepted(string value)
    {
        using var provider = Services(value);

        Assert.Equal(value, provider.GetRequiredService<IOptions<WeeklyReportOptions>>().Value.ReportChannel ?? "");
    }

    private static ServiceProvider Services(string reportChannel)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Admin:ReportChannel"] = reportChannel })
            .Build();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(configuration);
        services.AddDigest();
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _db.Dispose();
        _storage.Dispose();
    }

    private WeeklyCuratorReport Weekly(string? channel = "discord:123456789") => new(
        new LiteDbDigestStore(_db),
        new DigestPublishers([_publisher], new LogOnlyDigestPublisher(new ListLogger<LogOnlyDigestPublisher>(), TextWriter.Null)),
        Options.Create(new WeeklyReportOptions { ReportChannel = channel }),
        new ListLogger<WeeklyCuratorReport>(),
        _reports,
        new LiteDbChannelSettingsStore(_db));

    private static CuratorReport Report() => new(
        Monday.AddDays(-7), Monday, 40,
        new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), [], null, [],
        [new Gap("g1", "what did the 2023 summit agree?", 6, Monday.AddDays(-1), "decline", "passage", null, ["event:2023-summit"])],
        new FeedbackSummary(10, 3, new Dictionary<string, int> { ["outdated"] = 2, ["other"] = 1 },
            [new FeedbackComment(Monday.AddDays(-2), "other", "@everyone the figure is from 2019", "imports 2023")]));

    [Fact]
    public async Task Monday_PostsOnce_ThenAlreadyDoneEvenAfterARestart()
    {
        var first = await Weekly().TickAsync(Monday, default);
        var again = await Weekly().TickAsync(Monday.AddHours(3), default);

        Assert.Equal(DigestTickOutcome.Sent, first!.Outcome);
        Assert.Equal(DigestTickOutcome.AlreadyDone, again!.Outcome);
        var call = Assert.Single(_publisher.Calls);
        Assert.Equal("report:discord:123456789:2026-12-07", call.Key);
        Assert.Equal("123456789", call.Target.Channel);
        var text = call.Digest.ToText();
        Assert.Contains("what did the 2023 summit agree?", text, StringComparison.Ordinal);
        Assert.Contains("outdated: 2", text, StringComparison.Ordinal);
        Assert.Contains("the figure is from 2019", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "Curator report — week to 2026-12-07", "Top gaps")]
    [InlineData("ko", null, "큐레이터 보고서 — 2026-12-07까지의 한 주", "답하지 못한 주요 질문")]
    [InlineData("ja", null, "キュレーターレポート — 2026-12-07までの1週間", "回答できなかった主な質問")]
    [InlineData(null, "ja", "キュレーターレポート", "今週の 👎 の理由")]
    [InlineData("en", "ko", "Curator report", "👎 reasons this week")]
    public async Task Monday_TheReportChannelsDefaultLanguage_ElseEnglish(string? channelLanguage, string? serverLanguage, string title, string heading)
    {
        // /config language in the report channel (its server's row as the fallback), saved under a guild the setting does not name.
        var settings = new LiteDbChannelSettingsStore(_db);
        settings.Save(new Bot.Core.Admin.ChannelSettings { Platform = "discord", Workspace = "G9", Channel = "123456789", Language = channelLanguage });
        settings.Save(new Bot.Core.Admin.ChannelSettings { Platform = "discord", Workspace = "G9", Channel = Bot.Core.Admin.ChannelSettings.WorkspaceRow, Language = serverLanguage });

        await Weekly().TickAsync(Monday, default);

        var digest = Assert.Single(_publisher.Calls).Digest;
        Assert.StartsWith(title, digest.Title, StringComparison.Ordinal);
        Assert.Contains(digest.Sections, s => s.Heading == heading);
        // What was asked and commented stays as it was written.
        Assert.Contains("what did the 2023 summit agree?", digest.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherDays_Nothing_AndTheNextMondayPostsAgain()
    {
        Assert.Null(await Weekly().TickAsync(Monday.AddDays(1), default));
        Assert.Null(await Weekly().TickAsync(Monday.AddDays(-1), default));

        await Weekly().TickAsync(Monday, default);
        await Weekly().TickAsync(Monday.AddDays(7), default);

        Assert.Equal(["report:discord:123456789:2026-12-07", "report:discord:123456789:2026-12-14"], _publisher.Calls.Select(c => c.Key));
    }

    [Fact]
    public async Task RetryableFailure_RetriedWithTheSameKeyAfterAWait()
    {
        _publisher.Script.Enqueue(PublishResult.Retryable("HTTP 503"));
        var weekly = Weekly();

        Assert.Equal(DigestTickOutcome.Retrying, (await weekly.TickAsync(Monday, default))!.Outcome);
        Assert.Equal(DigestTickOutcome.Waiting, (await weekly.TickAsync(Monday.AddMinutes(1), default))!.Outcome);
        Assert.Equal(DigestTickOutcome.Sent, (await weekly.TickAsync(Monday.AddMinutes(6), default))!.Outcome);

        Assert.Equal(2, _publisher.Calls.Count);
        Assert.Single(_publisher.Calls.Select(c => c.Key).Distinct());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("teams:123")]
    [InlineData("discord:")]
    [InlineData("slack:C1 <!channel>")]
    public async Task NoOrBadChannel_Off(string? channel)
    {
        Assert.Null(await Weekly(channel).TickAsync(Monday, default));
        Assert.Empty(_publisher.Calls);
    }

    [Fact]
    public async Task WithoutTheCuratorReport_Off()
    {
        var weekly = new WeeklyCuratorReport(
            new LiteDbDigestStore(_db),
            new DigestPublishers([_publisher], new LogOnlyDigestPublisher(new ListLogger<LogOnlyDigestPublisher>(), TextWriter.Null)),
            Options.Create(new WeeklyReportOptions { ReportChannel = "slack:C123" }),
            new ListLogger<WeeklyCuratorReport>());

        Assert.Null(await weekly.TickAsync(Monday, default));
        Assert.Empty(_publisher.Calls);
    }
}
