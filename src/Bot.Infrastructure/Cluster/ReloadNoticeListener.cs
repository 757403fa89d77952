using Bot.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Infrastructure.Cluster;

/// <summary>Runs <see cref="KnowledgeReloadFanOut"/>'s LISTEN loop in <c>serve</c> with PostgreSQL; nothing with LiteDB.</summary>
internal sealed class ReloadNoticeListener(IServiceProvider services) : IHostedService
{
    private KnowledgeReloadFanOut? _fanOut;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!services.UsesPostgres())
        {
            return Task.CompletedTask;
        }

        _fanOut = services.GetRequiredService<KnowledgeReloadFanOut>();
        return _fanOut.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _fanOut?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
