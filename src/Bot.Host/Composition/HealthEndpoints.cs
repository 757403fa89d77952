using Bot.Core.Abstractions;
using Bot.Infrastructure.Cluster;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Host.Composition;

/// <summary>
/// <c>GET /healthz</c>: the process is up (for restarts). <c>GET /readyz</c>: it can answer right now — knowledge loaded,
/// database writable, retrieval answering, and each enabled platform connected or its endpoint ready (the adapters' health
/// checks tagged <see cref="Readiness.Tag"/>) — 200 or 503 with each check named (for load balancers and monitoring), and this
/// replica's role (leader or follower) and instance name.
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", (IKnowledgeProvider knowledge) =>
        {
            var kb = knowledge.Current;
            return Results.Ok(new
            {
                status = "ok",
                asOf = kb.AsOf.ToString(),
                version = kb.Version,
                statistics = kb.Statistics.Count,
                events = kb.Timeline.Count,
                faqs = kb.Faqs.Count,
            });
        });

        app.MapGet("/readyz", async (IKnowledgeProvider knowledge, IStorageHealth db, IRetriever retriever, HealthCheckService platforms,
            ILeadership leadership, IOptions<ClusterOptions> clusterOptions, CancellationToken ct) =>
        {
            var checks = new Dictionary<string, string>
            {
                ["knowledge"] = Check(() => knowledge.Current.Timeline.Count > 0 ? "ok" : "empty"),
                ["database"] = Check(() => db.IsWritable() ? "ok" : "not writable"),
                ["retrieval"] = await CheckAsync(async () =>
                    (await retriever.RetrieveAsync("GSOMIA", 1, ct).ConfigureAwait(false)).Passages.Count > 0 ? "ok" : "no passages").ConfigureAwait(false),
            };
            var report = await platforms.CheckHealthAsync(r => r.Tags.Contains(Readiness.Tag), ct).ConfigureAwait(false);
            foreach (var (name, entry) in report.Entries)
            {
                if (entry.Status == HealthStatus.Healthy && entry.Description == Readiness.Disabled)
                {
                    continue;
                }

                checks[name] = entry.Status == HealthStatus.Healthy ? "ok"
                    : entry.Description ?? (entry.Exception is { } ex ? $"failed: {ex.GetType().Name}" : entry.Status.ToString().ToLowerInvariant());
            }

            var ready = checks.Values.All(v => v == "ok");
            // The role is information, not a check: a follower serving HTTP is as ready as the leader.
            var role = leadership.IsLeader ? "leader" : "follower";
            return Results.Json(new { status = ready ? "ready" : "not ready", role, instance = clusterOptions.Value.InstanceName, checks },
                statusCode: ready ? 200 : 503);
        });
    }

    private static string Check(Func<string> check)
    {
        try
        {
            return check();
        }
        catch (Exception ex)
        {
            return $"failed: {ex.GetType().Name}";
        }
    }

    private static async Task<string> CheckAsync(Func<Task<string>> check)
    {
        try
        {
            return await check().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return $"failed: {ex.GetType().Name}";
        }
    }
}
