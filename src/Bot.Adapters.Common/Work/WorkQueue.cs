using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Common.Work;

/// <summary>
/// Work done after the platform has been acknowledged (answers to mentions and messages, deferred answers, clicks), run by a fixed
/// number of workers so a burst queues up instead of starving the threads that acknowledge, and bounded so an overload is refused
/// (the caller answers "busy", or withholds the ack so the platform delivers again) instead of being accepted and answered many
/// minutes late. Stopping the host finishes what was accepted — a platform does not redeliver what it got an ack for — until the
/// host's shutdown timeout, and only then cancels the rest. Each adapter has its own (keyed by platform), with its own settings.
/// </summary>
public sealed class WorkQueue : BackgroundService
{
    private readonly Channel<WorkItem> _channel;

    // Not the BackgroundService stopping token: that is cancelled as soon as the stop begins, which cut answers off mid-post.
    private readonly CancellationTokenSource _abort = new();
    private readonly string _name;
    private readonly int _capacity;
    private readonly int _workers;
    private readonly ILogger<WorkQueue> _logger;
    private readonly Lock _lock = new();
    private int _pending;
    private TaskCompletionSource _idle = Completed();

    /// <param name="name">The platform as people read it ("Slack", "Discord"), for the log.</param>
    public WorkQueue(string name, int capacity, int workers, ILogger<WorkQueue> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        _name = name;
        _capacity = capacity;
        _workers = workers;
        _logger = logger;
        _channel = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });
    }

    /// <summary>Cancelled when the host's shutdown timeout has run out (or the queue is disposed): bounds work that outlives a request.</summary>
    public CancellationToken Stopping => _abort.Token;

    /// <summary>Queues work without waiting; false (logged) when the queue is full or stopping.</summary>
    public bool TryEnqueue(string description, Func<CancellationToken, Task> work)
    {
        lock (_lock)
        {
            if (!_channel.Writer.TryWrite(new WorkItem(description, work)))
            {
                _logger.LogWarning("{Platform} work queue full ({Capacity}) or stopping: {Work} not accepted", _name, _capacity, description);
                return false;
            }

            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        return true;
    }

    /// <summary>Waits until nothing is queued or in progress (shutdown, tests).</summary>
    public Task DrainAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _workers).Select(_ => Task.Run(() => WorkAsync(_abort.Token), CancellationToken.None)));

    /// <summary>Accepts nothing new, lets the workers empty the queue, and cancels the work only when the host's shutdown timeout runs out.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _channel.Writer.TryComplete();
        _logger.LogDebug("{Platform} work queue stopping: finishing {Queued} queued answers and those in progress", _name, _channel.Reader.Count);
        await using var registration = cancellationToken.Register(_abort.Cancel).ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Stopped with {Platform} work unfinished: the shutdown timeout ran out", _name);
        }
    }

    public override void Dispose()
    {
        // Not disposed, only cancelled: DI may dispose this instance twice (as itself and as a hosted service), and a
        // source without timers holds nothing to free.
        _abort.Cancel();
        base.Dispose();
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in _channel.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await item.Work(stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    // One failed answer must not stop the worker that would answer the next question.
                    _logger.LogError(ex, "{Platform} background work failed: {Work}", _name, item.Description);
                }
                finally
                {
                    Done();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Done()
    {
        lock (_lock)
        {
            if (--_pending == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    private sealed record WorkItem(string Description, Func<CancellationToken, Task> Work);
}
