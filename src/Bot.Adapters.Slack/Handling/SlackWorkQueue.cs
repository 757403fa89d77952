using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// Work done after Slack has been acknowledged (answering mentions, deferred commands, clicks), run by a fixed
/// number of workers so a burst of events queues up instead of starving the request threads that ack them.
/// </summary>
public sealed class SlackWorkQueue(IOptions<SlackOptions> options, ILogger<SlackWorkQueue> logger) : BackgroundService
{
    private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues work without waiting; false (logged) when the queue is full.</summary>
    public bool TryEnqueue(string description, Func<CancellationToken, Task> work)
    {
        if (_channel.Writer.TryWrite(new WorkItem(description, work)))
        {
            return true;
        }

        logger.LogWarning("Slack work queue full ({Capacity}): {Work} not accepted", options.Value.QueueCapacity, description);
        return false;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));

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
