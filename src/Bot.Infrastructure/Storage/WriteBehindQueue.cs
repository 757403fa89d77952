using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Writes documents off the request path, in batches: whatever queued while the previous batch was written goes in one
/// operation. In shared mode every LiteDB operation opens the file and takes a cross-process lock, which cost a server about
/// ten times the rest of an answer when each question wrote on its own. A batch the store could not write for now (the
/// database is restarting) is held, in order, and offered again every <see cref="RetryInterval"/> and at stop: up to
/// <see cref="Capacity"/> queued plus one held batch survive an outage. Stopping the host drains the queue; a full queue
/// writes in the caller instead of waiting.
/// </summary>
public abstract class WriteBehindQueue<T>(ILogger logger) : BackgroundService
{
    private const int Capacity = 10_000;
    private const int MaxBatch = 1_000;

    /// <summary>How long a held batch waits before it is offered again (the database needs a moment to come back).</summary>
    internal static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    private readonly Channel<T> _queue = Channel.CreateBounded<T>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    // Only the single reader touches it: the loop below, then StopAsync once the loop has ended.
    private readonly List<T> _held = new(MaxBatch);

    /// <summary>Queues <paramref name="item"/>; when the queue is full (the database cannot keep up) writes it at once.</summary>
    protected void Enqueue(T item)
    {
        if (!_queue.Writer.TryWrite(item) && !Write([item]))
        {
            logger.LogDebug("A queued storage write was dropped: the queue is full and the database cannot take it now");
        }
    }

    /// <summary>
    /// Writes one batch in one operation; must not throw. False means "not written, offer it again later" (the database is
    /// unavailable); true means written, or dropped for good and reported (the store decides).
    /// </summary>
    protected abstract bool Write(IReadOnlyList<T> batch);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                if (_held.Count > 0)
                {
                    await Task.Delay(RetryInterval, stoppingToken).ConfigureAwait(false);
                }
                else if (!await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
                {
                    return;
                }

                Drain();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: StopAsync drains what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        Drain();
        var left = _held.Count + _queue.Reader.Count;
        if (left > 0)
        {
            logger.LogWarning("{Count} queued storage writes were not written before stopping: the database is unavailable", left);
        }
    }

    /// <summary>Writes the held batch, then the queue, in order; stops at the first batch the store cannot take yet.</summary>
    private void Drain()
    {
        while (true)
        {
            while (_held.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                _held.Add(item);
            }

            if (_held.Count == 0)
            {
                return;
            }

            bool done;
            try
            {
                done = Write(_held);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Count} queued storage writes dropped", _held.Count);
                done = true;
            }

            if (!done)
            {
                return;
            }

            _held.Clear();
        }
    }
}
