using Bot.Core.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Infrastructure.Storage;

public static class WriteBehindServiceCollectionExtensions
{
    /// <summary>
    /// For the long-running server only, after <c>AddStorage()</c>: the query log (and, with LiteDB, conversation context) is
    /// written in batches off the request path, and stopping the host flushes it. CLI verbs keep writing directly (a short-lived
    /// process should leave nothing queued). Register before the adapters, so it stops after them and flushes their last writes.
    /// With Postgres, conversation context is read and written directly: the next message of a thread may reach another replica.
    /// </summary>
    public static IServiceCollection AddStorageWriteBehind(this IServiceCollection services)
    {
        services.AddSingleton<WriteBehindQueryLog>();
        services.AddSingleton<IQueryLog>(sp => sp.GetRequiredService<WriteBehindQueryLog>());
        services.AddHostedService(sp => sp.GetRequiredService<WriteBehindQueryLog>());

        services.AddSingleton<WriteBehindConversationStore>();
        services.AddSingleton<IConversationStore>(sp => sp.UsesPostgres()
            ? sp.GetRequiredService<IConversationBatchStore>()
            : sp.GetRequiredService<WriteBehindConversationStore>());
        services.AddHostedService(sp => sp.GetRequiredService<WriteBehindConversationStore>());
        return services;
    }
}
