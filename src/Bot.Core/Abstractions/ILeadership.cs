namespace Bot.Core.Abstractions;

/// <summary>
/// Which replica runs the work a deployment must run once (the Discord Gateway, Slack Socket Mode, the digest scheduler):
/// the one holding the lease. A single instance always leads.
/// </summary>
public interface ILeadership
{
    /// <summary>True while this instance holds the lease.</summary>
    bool IsLeader { get; }

    /// <summary>Completes once this instance leads; the token it gives is cancelled the moment it stops leading.</summary>
    Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken);
}

/// <summary>One instance, no lease: it always leads (LiteDB, CLI verbs, tests).</summary>
public sealed class SoleLeadership : ILeadership
{
    public static readonly SoleLeadership Instance = new();

    public bool IsLeader => true;

    public Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken) => Task.FromResult(CancellationToken.None);
}

public static class LeadershipExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> only while this instance leads: waits for the lease, runs the work with a token that is
    /// cancelled when the lease is lost (or the host stops), and waits again. Returns when the host stops or the work ends by
    /// itself (switched off, or stopped for good) while still leading.
    /// </summary>
    public static async Task RunWhileLeadingAsync(this ILeadership? leadership, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        leadership ??= SoleLeadership.Instance;
        while (!stoppingToken.IsCancellationRequested)
        {
            CancellationToken leading;
            try
            {
                leading = await leadership.WaitForLeadershipAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            using var both = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, leading);
            try
            {
                await work(both.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (both.IsCancellationRequested)
            {
                // Lost the lease or stopping: decided below.
            }

            if (!leading.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
