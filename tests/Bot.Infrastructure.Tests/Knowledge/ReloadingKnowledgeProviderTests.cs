using Bot.Core.Abstractions;
using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Tests.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Knowledge;

public sealed class ReloadingKnowledgeProviderTests : IDisposable
{
    private readonly KnowledgeFixture _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
    private readonly RecordingWarmer _warmer = new();
    private readonly ReloadingKnowledgeProvider _provider;

    public ReloadingKnowledgeProviderTests()
    {
        _provider = new ReloadingKnowledgeProvider(
            Options.Create(new KnowledgeOptions { Path = _folder.Root }), new KnowledgeLoader(), () => [_warmer], _time,
            new ListLogger<ReloadingKnowledgeProvider>());
        _warmer.Provider = _provider;
    }

    public void Dispose()
    {
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task ReloadAsync_ValidEdit_PreparesIndexesBeforeSwappingIn()
    {
        var before = _provider.Current;
        _folder.Edit("timeline.yaml", "Treaty on Basic Relations signed in Tokyo", "Basic Treaty signed in Tokyo");

        var result = await _provider.ReloadAsync(CancellationToken.None);

        Assert.Equal(KnowledgeReloadOutcome.Reloaded, result.Outcome);
        Assert.NotSame(before, _provider.Current);
        Assert.Contains(_provider.Current.Timeline, e => e.Title == "Basic Treaty signed in Tokyo");
        // The warmer saw the new snapshot while questions were still served from the old one.
        var (prepared, servedMeanwhile) = Assert.Single(_warmer.Calls);
        Assert.Same(_provider.Current, prepared);
        Assert.Same(before, servedMeanwhile);
    }

    [Fact]
    public async Task ReloadAsync_BrokenEdit_KeepsLastGoodSnapshotAndReportsFileAndLine()
    {
        var before = _provider.Current;
        _folder.Edit("timeline.yaml", "date: \"1965-06-22\"", "date: \"1965-02-30\"");

        var result = await _provider.ReloadAsync(CancellationToken.None);

        Assert.Equal(KnowledgeReloadOutcome.KeptLastGood, result.Outcome);
        Assert.Same(before, _provider.Current);
        Assert.Contains(result.Problems, p => p.File.EndsWith("timeline.yaml", StringComparison.Ordinal) && p.Line > 0);
        Assert.Empty(_warmer.Calls);
    }

    [Fact]
    public async Task ReloadAsync_BrokenTranslation_KeepsLastGoodSnapshotAndReportsTheTranslationsFileAndLine()
    {
        using var folder = KnowledgeFixture.Translated();
        using var provider = new ReloadingKnowledgeProvider(
            Options.Create(new KnowledgeOptions { Path = folder.Root }), new KnowledgeLoader(), () => [_warmer], _time,
            new ListLogger<ReloadingKnowledgeProvider>());
        var before = provider.Current;
        // A date that drifted from the English "22 February".
        folder.Edit("ko/timeline.yaml", "2월 22일을", "2월 23일을");

        var result = await provider.ReloadAsync(CancellationToken.None);

        Assert.Equal(KnowledgeReloadOutcome.KeptLastGood, result.Outcome);
        Assert.Same(before, provider.Current);
        Assert.Equal("시마네현 의회는 2월 22일을 다케시마의 날로 정하는 조례를 통과시켰다.",
            provider.Current.Event("takeshima-day-ordinance")!.Text(Lang.Ko).Summary);
        Assert.Contains(result.Problems, p => p.File.EndsWith("ko/timeline.yaml", StringComparison.Ordinal) && p.Line == 13);
        Assert.Empty(_warmer.Calls);
    }

    [Fact]
    public async Task ReloadAsync_ValidTranslationEdit_SwapsInTheNewText()
    {
        using var folder = KnowledgeFixture.Translated();
        using var provider = new ReloadingKnowledgeProvider(
            Options.Create(new KnowledgeOptions { Path = folder.Root }), new KnowledgeLoader(), () => [], _time,
            new ListLogger<ReloadingKnowledgeProvider>());
        _ = provider.Current;
        folder.Edit("ja/timeline.yaml", "東京で日韓基本条約に署名", "日韓基本条約、東京で署名");

        var result = await provider.ReloadAsync(CancellationToken.None);

        Assert.Equal(KnowledgeReloadOutcome.Reloaded, result.Outcome);
        Assert.Equal("日韓基本条約、東京で署名", provider.Current.Event("basic-treaty-signed")!.Text(Lang.Ja).Title);
    }

    [Fact]
    public async Task ReloadAsync_NothingChanged_KeepsTheSameSnapshot()
    {
        var before = _provider.Current;

        var result = await _provider.ReloadAsync(CancellationToken.None);

        Assert.Equal(KnowledgeReloadOutcome.Unchanged, result.Outcome);
        Assert.Same(before, _provider.Current);
    }

    [Fact]
    public async Task StartAsync_BrokenBase_RefusesToStart()
    {
        _folder.Edit("timeline.yaml", "date: \"1965-06-22\"", "date: \"1965-02-30\"");
        using var provider = new ReloadingKnowledgeProvider(
            Options.Create(new KnowledgeOptions { Path = _folder.Root }), new KnowledgeLoader(), () => [], _time,
            new ListLogger<ReloadingKnowledgeProvider>());

        var ex = await Assert.ThrowsAsync<KnowledgeLoadException>(() => provider.StartAsync(CancellationToken.None));
        Assert.Contains(ex.Problems, p => p.File.EndsWith("timeline.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FileEdit_AfterTheQuietPeriod_IsSwappedInByTheWatcher()
    {
        await _provider.StartAsync(CancellationToken.None);
        var before = _provider.Current;
        _folder.Edit("timeline.yaml", "Treaty on Basic Relations signed in Tokyo", "Basic Treaty signed in Tokyo");

        // The watcher's event arrives on its own thread; advance the fake clock past the debounce until it has.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (ReferenceEquals(before, _provider.Current) && DateTime.UtcNow < deadline)
        {
            _time.Advance(TimeSpan.FromMilliseconds(600));
            await Task.Delay(50);
        }

        Assert.Contains(_provider.Current.Timeline, e => e.Title == "Basic Treaty signed in Tokyo");
        await _provider.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AdminReload_TwoAtOnce_RebuildIndexesOnceWhileTheOldSnapshotKeepsAnswering()
    {
        IKnowledgeReloader reloader = _provider;
        var before = _provider.Current;
        _folder.Edit("timeline.yaml", "Treaty on Basic Relations signed in Tokyo", "Basic Treaty signed in Tokyo");
        _warmer.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = reloader.ReloadAsync(CancellationToken.None);
        var second = reloader.ReloadAsync(CancellationToken.None);
        await _warmer.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Same(before, _provider.Current);
        Assert.False(second.IsCompleted);
        _warmer.Hold.SetResult();
        var reports = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(_warmer.Calls);
        Assert.Equal([KnowledgeReloadStatus.Reloaded, KnowledgeReloadStatus.Unchanged], reports.Select(r => r.Status).Order());
        Assert.All(reports, r => Assert.Equal(_provider.Current.Version, r.Version));
        Assert.StartsWith("Reloaded: ", reports.Single(r => r.Status == KnowledgeReloadStatus.Reloaded).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminReload_BrokenEdit_ReportsFileLineAndTheVersionStillServed()
    {
        IKnowledgeReloader reloader = _provider;
        var before = _provider.Current;
        _folder.Edit("timeline.yaml", "date: \"1965-06-22\"", "date: \"1965-02-30\"");

        var report = await reloader.ReloadAsync(CancellationToken.None);

        Assert.Equal(KnowledgeReloadStatus.Rejected, report.Status);
        Assert.Equal(before.Version, report.Version);
        Assert.Contains(report.Errors, e => System.Text.RegularExpressions.Regex.IsMatch(e, @"timeline\.yaml:\d+: "));
        var text = report.ToText();
        Assert.StartsWith($"Kept the current knowledge (version {before.Version})", text, StringComparison.Ordinal);
        Assert.Contains("timeline.yaml:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportText_ManyErrors_FitsTheLimitAndSaysHowManyWereLeftOut()
    {
        var errors = Enumerable.Range(1, 200).Select(i => $"knowledge/timeline.yaml:{i}: date is not a real date").ToList();
        var report = KnowledgeReloadReport.For(KnowledgeReloadStatus.Rejected, _provider.Current, errors);

        var text = report.ToText(2000);

        Assert.True(text.Length <= 2000, $"{text.Length} characters");
        Assert.Contains("timeline.yaml:1: ", text, StringComparison.Ordinal);
        Assert.Matches(@"… and \d+ more \(run `knowledge validate`\)", text);
        Assert.EndsWith(").", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportText_OneHugeError_IsShortenedAndTheNextStillListed()
    {
        var report = KnowledgeReloadReport.For(KnowledgeReloadStatus.Rejected, _provider.Current,
            ["knowledge/faq/gsomia.md:3: " + new string('x', 5000), "knowledge/timeline.yaml:9: date is not a real date"]);

        var text = report.ToText(2000);

        Assert.True(text.Length <= 2000, $"{text.Length} characters");
        Assert.Contains("gsomia.md:3: xxx", text, StringComparison.Ordinal);
        Assert.Contains("timeline.yaml:9: date is not a real date", text, StringComparison.Ordinal);
        Assert.DoesNotContain("more (run", text, StringComparison.Ordinal);
    }

    private sealed class RecordingWarmer : IKnowledgeSnapshotWarmer
    {
        public ReloadingKnowledgeProvider? Provider { get; set; }

        public List<(KnowledgeBase Prepared, KnowledgeBase ServedMeanwhile)> Calls { get; } = [];

        /// <summary>When set, preparing waits for it (a slow index rebuild).</summary>
        public TaskCompletionSource? Hold { get; set; }

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task PrepareAsync(KnowledgeBase next, CancellationToken cancellationToken)
        {
            Calls.Add((next, Provider!.Current));
            Entered.TrySetResult();
            if (Hold is { } hold)
            {
                await hold.Task.WaitAsync(cancellationToken);
            }
        }
    }
}
