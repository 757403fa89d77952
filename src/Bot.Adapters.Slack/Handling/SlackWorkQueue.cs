using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Work done after Slack has been acknowledged (answering mentions, deferred commands, clicks), run by a fixed
/// number of workers so a burst of events queues up instead of starving the request threads that ack them.
/// Stopping the host finishes what was accepted — Slack does not redeliver an event it got an ack for — until the host's
/// shutdown timeout, and only then cancels the rest.
/// </summary>
public sealed class SlackWorkQueue(IOptions<SlackOptions> options, ILogger<SlackWorkQueue> logger) : BackgroundService
{
    private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    // Not the BackgroundService stopping token: that is cancelled as soon as the stop begins, which cut answers off mid-post.
    private readonly CancellationTokenSource _abort = new();

    /// <summary>Queues work without waiting; false (logged) when the queue is full.</summary>
    public bool TryEnqueue(string description, Func<CancellationToken, Task> work)
    {
        if (_channel.Writer.TryWrite(new WorkItem(description, work)))
        {
            return true;
        }

        logger.LogWarning("Slack work queue full ({Capacity}) or stopping: {Work} not accepted", options.Value.QueueCapacity, description);
        return false;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => WorkAsync(_abort.Token), CancellationToken.None)));

    /// <summary>Accepts nothing new, lets the workers empty the queue, and cancels the work only when the host's shutdown timeout runs out.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _channel.Writer.TryComplete();
        logger.LogDebug("Slack work queue stopping: finishing {Queued} queued answers and those in progress", _channel.Reader.Count);
        await using var registration = cancellationToken.Register(_abort.Cancel).ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Stopped with Slack work unfinished: the shutdown timeout ran out");
        }
    }

    public override void Dispose()
    {
        // Not disposed, only cancelled: DI disposes this instance twice (as itself and as a hosted service), and a
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
                    logger.LogError(ex, "Slack background work failed: {Work}", item.Description);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed record WorkItem(string Description, Func<CancellationToken, Task> Work);
}
