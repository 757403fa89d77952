using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Cluster;

/// <summary>
/// The leader lease: one row in <c>leases</c>, taken when free or expired and renewed by heartbeats (<see cref="Beat"/>, every
/// third of the lease). Expiry is judged by the database's clock, so replicas' clocks never have to agree. The leader steps
/// down as soon as another replica holds the row, or when it has not renewed for two thirds of the lease (the database is
/// unreachable, or this process was paused): by then nobody else can have taken it, so two leaders never overlap. A replica
/// killed with -9 is replaced once its lease runs out.
/// </summary>
public sealed class PostgresLease(PostgresDatabase db, IOptions<ClusterOptions> options, TimeProvider time, ILogger<PostgresLease> logger)
    : ILeadership, IDisposable
{
    internal const string LeaseName = "leader";

    private readonly Lock _gate = new();
    private CancellationTokenSource? _leading;
    private TaskCompletionSource<CancellationToken> _won = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _renewedAt;

    public string Instance { get; } = options.Value.InstanceName;

    public bool IsLeader
    {
        get
        {
            lock (_gate)
            {
                return _leading is not null;
            }
        }
    }

    /// <summary>How often <see cref="Beat"/> should run.</summary>
    public TimeSpan Heartbeat => options.Value.Lease / 3;

    public Task<CancellationToken> WaitForLeadershipAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _leading is { } leading ? Task.FromResult(leading.Token) : _won.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>One heartbeat: takes or renews the lease, or steps down when it cannot.</summary>
    public void Beat()
    {
        StepDownIfStale();
        var held = TryHold();
        lock (_gate)
        {
            if (held == true)
            {
                _renewedAt = time.GetTimestamp();
                if (_leading is null)
                {
                    _leading = new CancellationTokenSource();
                    var won = _won;
                    _won = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
                    won.SetResult(_leading.Token);
                    logger.LogInformation("{Instance} now leads: it runs the Gateway, Socket Mode and the digest scheduler", Instance);
                }
            }
            else if (held == false && _leading is not null)
            {
                StepDown("another replica holds the lease");
            }
        }
    }

    /// <summary>Steps down when the lease may have run out without a renewal (the heartbeat could not reach the database in time).</summary>
    public void StepDownIfStale()
    {
        lock (_gate)
        {
            if (_leading is not null && time.GetElapsedTime(_renewedAt) >= options.Value.Lease * 2 / 3)
            {
                StepDown($"the lease was not renewed for {time.GetElapsedTime(_renewedAt).TotalSeconds:0.#} s");
            }
        }
    }

    /// <summary>Gives the lease up at once (a clean stop), so another replica need not wait for it to expire.</summary>
    public void Release()
    {
        lock (_gate)
        {
            if (_leading is not null)
            {
                StepDown("stopping");
            }
        }

        try
        {
            using var connection = db.Open();
            connection.Execute("DELETE FROM leases WHERE name = @n AND holder = @me", ("n", LeaseName), ("me", Instance));
        }
        catch (Exception ex) when (PostgresDatabase.IsUnavailable(ex))
        {
            logger.LogDebug("Lease not released ({Error}): it expires by itself", ex.Message);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _leading?.Dispose();
        }
    }

    /// <summary>True when this instance holds the lease now, false when another does, null when the database cannot say.</summary>
    private bool? TryHold()
    {
        try
        {
            using var connection = db.Open();
            return connection.Scalar("""
                INSERT INTO leases (name, holder, expires_at) VALUES (@n, @me, now() + make_interval(secs => @s))
                ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
                    WHERE leases.holder = EXCLUDED.holder OR leases.expires_at < now()
                RETURNING holder
                """, ("n", LeaseName), ("me", Instance), ("s", (double)options.Value.LeaseSeconds)) is not null;
        }
        catch (Exception ex) when (PostgresDatabase.IsUnavailable(ex))
        {
            logger.LogDebug("Lease heartbeat failed ({Error})", ex.Message);
            return null;
        }
    }

    private void StepDown(string reason)
    {
        var leading = _leading!;
        _leading = null;
        logger.LogWarning("{Instance} no longer leads ({Reason}): its Gateway, Socket Mode and digest scheduler stop", Instance, reason);
        leading.Cancel();
        leading.Dispose();
    }
}
