using Microsoft.Extensions.Hosting;

namespace Bot.Infrastructure.Retrieval;

/// <summary>Builds the retrieval indexes while the host starts, so the first question does not pay for embedding.</summary>
internal sealed class RetrievalWarmUp(HybridRetriever retriever) : IHostedService
{
    // Awaited on purpose: the host accepts traffic only after StartAsync returns. With a warm cache this is well under a second.
    public Task StartAsync(CancellationToken cancellationToken) => retriever.WarmUpAsync(null, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
