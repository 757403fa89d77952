using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Infrastructure.Storage;

/// <summary>
/// Writes LiteDB documents off the request path, in batches: whatever queued while the previous batch was written goes in
/// one operation. In shared mode every LiteDB operation opens the file and takes a cross-process lock, which cost a
/// server about ten times the rest of an answer when each question wrote on its own. Stopping the host drains the queue;
/// a full queue writes in the caller instead of dropping anything.
/// </summary>
public abstract class WriteBehindQueue<T>(ILogger logger) : BackgroundService
{
    private const int Capacity = 10_000;
    private const int MaxBatch = 1_000;

    private readonly Channel<T> _queue = Channel.CreateBounded<T>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    /// <summary>Queues <paramref name="item"/>; when the queue is full (the disk cannot keep up) writes it at once.</summary>
    protected void Enqueue(T item)
    {
        if (!_queue.Writer.TryWrite(item))
        {
            Write([item]);
        }
    }

    /// <summary>Writes one batch in one LiteDB operation; must not throw (log and drop instead, like the direct writers).</summary>
    protected abstract void Write(IReadOnlyList<T> batch);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<T>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                Drain(batch);
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
        Drain(new List<T>(MaxBatch));
    }

    private void Drain(List<T> batch)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                Write(batch);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "{Count} queued storage writes dropped", batch.Count);
            }
        }
    }
}
