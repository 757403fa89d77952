using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// Runs work that outlives a request (deferred answers, Gateway interactions) and keeps track of it: a failure is logged, never lost
/// in an unobserved task, and shutdown waits for replies in flight (bounded by the host's shutdown timeout).
/// </summary>
public sealed class BackgroundReplies(ILogger<BackgroundReplies> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<int, Task> _running = new();
    private int _next;

    /// <summary>Cancelled when the host stops and the grace period is over.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public void Run(Func<CancellationToken, Task> work)
    {
        var id = Interlocked.Increment(ref _next);

        // Tracked before it starts, so a reply that finishes at once cannot be removed before it was added.
        var tracked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = Task.Run(async () =>
        {
            await tracked.Task.ConfigureAwait(false);
            try
            {
                await work(_stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A Discord reply failed in the background");
            }
            finally
            {
                _running.TryRemove(id, out _);
            }
        });
        _running.TryAdd(id, task);
        tracked.SetResult();
    }

    /// <summary>Waits until no reply is in flight (shutdown, tests).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (!_running.IsEmpty)
        {
            await Task.WhenAll(_running.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Stopping with {Count} Discord replies unfinished", _running.Count);
        }
        finally
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();
}
