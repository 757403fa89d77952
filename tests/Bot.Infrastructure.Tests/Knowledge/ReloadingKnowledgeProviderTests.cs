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

    private sealed class RecordingWarmer : IKnowledgeSnapshotWarmer
    {
        public ReloadingKnowledgeProvider? Provider { get; set; }

        public List<(KnowledgeBase Prepared, KnowledgeBase ServedMeanwhile)> Calls { get; } = [];

        public Task PrepareAsync(KnowledgeBase next, CancellationToken cancellationToken)
        {
            Calls.Add((next, Provider!.Current));
            return Task.CompletedTask;
        }
    }
}
