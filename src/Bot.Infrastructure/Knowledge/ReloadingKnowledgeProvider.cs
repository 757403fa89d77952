using Bot.Core.Abstractions;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Knowledge;

/// <summary>
/// The knowledge snapshot, loaded eagerly (a broken base refuses to start) and reloaded when files under the folder
/// change or an admin asks. A new snapshot is validated, its indexes are prepared while questions keep using the old
/// one, and only then is it swapped in, atomically. A broken edit keeps the last good snapshot and logs file:line.
/// </summary>
public sealed class ReloadingKnowledgeProvider(
    IOptions<KnowledgeOptions> options,
    KnowledgeLoader loader,
    // A factory, not the list: the warmers (the retriever) depend on this provider, so resolving them eagerly would be a cycle.
    Func<IEnumerable<IKnowledgeSnapshotWarmer>> warmers,
    TimeProvider time,
    ILogger<ReloadingKnowledgeProvider> logger) : IKnowledgeProvider, IKnowledgeReloader, IHostedService, IDisposable
{
    /// <summary>Editors write files in bursts (save, rename, touch): wait for quiet before reloading.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(500);

    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly Lazy<KnowledgeBase> _initial = new(() => LoadOrThrow(loader, options.Value.Path));
    private KnowledgeBase? _current;
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;

    private KnowledgeReloadAttempt? _lastReload;

    public KnowledgeBase Current => Volatile.Read(ref _current) ?? _initial.Value;

    /// <summary>The latest reload (the watcher's or an admin's) and what it did; null until the first one. For the admin page.</summary>
    public KnowledgeReloadAttempt? LastReload => Volatile.Read(ref _lastReload);

    private static KnowledgeBase LoadOrThrow(KnowledgeLoader loader, string path)
    {
        var result = loader.Load(path);
        return result.IsValid ? result.Knowledge! : throw new KnowledgeLoadException(result.Problems);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var kb = Current; // throws KnowledgeLoadException on a broken base: the host does not start
        logger.LogInformation("{Summary}", KnowledgeSummary.Summarize(kb));
        var folder = Path.GetFullPath(options.Value.Path);
        _watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_watcher is not null)
        {
            _watcher.EnableRaisingEvents = false;
        }

        return Task.CompletedTask;
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (!e.FullPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !e.FullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var timer = _debounce ??= time.CreateTimer(_ => _ = ReloadQuietlyAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private async Task ReloadQuietlyAsync()
    {
        try
        {
            await ReloadAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Knowledge reload failed; still serving the last good snapshot");
        }
    }

    /// <summary>Validates the folder and swaps in the new snapshot, or keeps the current one and reports why.</summary>
    public async Task<KnowledgeReloadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = Current;
            var result = loader.Load(options.Value.Path);
            if (!result.IsValid)
            {
                foreach (var problem in result.Problems)
                {
                    logger.LogWarning("Knowledge edit rejected: {Problem}", problem.ToString());
                }

                return Attempted(new KnowledgeReloadResult(KnowledgeReloadOutcome.KeptLastGood, current.Version, result.Problems));
            }

            var next = result.Knowledge!;
            if (next.Version == current.Version)
            {
                return Attempted(new KnowledgeReloadResult(KnowledgeReloadOutcome.Unchanged, current.Version, []));
            }

            foreach (var warmer in warmers())
            {
                await warmer.PrepareAsync(next, cancellationToken).ConfigureAwait(false);
            }

            Volatile.Write(ref _current, next);
            logger.LogInformation("Knowledge reloaded: {Summary}", KnowledgeSummary.Summarize(next));
            return Attempted(new KnowledgeReloadResult(KnowledgeReloadOutcome.Reloaded, next.Version, []));
        }
        finally
        {
            _reloading.Release();
        }
    }

    private KnowledgeReloadResult Attempted(KnowledgeReloadResult result)
    {
        Volatile.Write(ref _lastReload, new KnowledgeReloadAttempt(time.GetUtcNow(), result));
        return result;
    }

    /// <summary>
    /// An admin's reload (Discord /knowledge reload, Slack /jk reload). Serialised with the watcher's reloads by the same lock: a
    /// second request waits for the first, then finds the files already loaded and rebuilds nothing.
    /// </summary>
    async Task<KnowledgeReloadReport> IKnowledgeReloader.ReloadAsync(CancellationToken cancellationToken)
    {
        var result = await ReloadAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Admin knowledge reload: {Result}", result.ToString());
        var status = result.Outcome switch
        {
            KnowledgeReloadOutcome.Reloaded => KnowledgeReloadStatus.Reloaded,
            KnowledgeReloadOutcome.Unchanged => KnowledgeReloadStatus.Unchanged,
            _ => KnowledgeReloadStatus.Rejected,
        };
        return KnowledgeReloadReport.For(status, Current, [.. result.Problems.Select(p => p.ToString())]);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
        _reloading.Dispose();
    }
}
