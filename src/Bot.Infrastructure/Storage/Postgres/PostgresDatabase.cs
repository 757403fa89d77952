using Bot.Infrastructure.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// The process's connection pool to the shared PostgreSQL database. The schema is migrated before the first statement; while
/// the server cannot be reached the stores degrade as they do with a locked LiteDB file, and the schema is migrated once it can.
/// </summary>
public sealed class PostgresDatabase : IStorageHealth, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly PostgresMigrator _migrator;
    private readonly ILogger _logger;
    private readonly Lock _migrating = new();
    private volatile bool _migrated;

    public PostgresDatabase(IOptions<StorageOptions> options, ILogger<PostgresDatabase>? logger = null)
    {
        _logger = logger ?? NullLogger<PostgresDatabase>.Instance;
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        // Host, port and database only: the connection string itself carries the password.
        Description = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _source = NpgsqlDataSource.Create(WithStoreDefaults(builder, options.Value.ConnectionString!));
        _migrator = new PostgresMigrator(_source, _logger);
    }

    /// <summary>
    /// Per-statement costs the stores do not need to pay, unless the connection string says otherwise: every question makes a
    /// few short statements on pooled connections (issue 16).
    /// <list type="bullet">
    /// <item><c>No Reset On Close=true</c>: a connection taken from the pool otherwise runs a reset (<c>DISCARD ALL</c>, or a
    /// five-statement sequence once statements are prepared) before its first command. The stores leave no session state
    /// behind: no <c>SET</c>, no temporary tables, advisory locks released in <c>finally</c>, and the LISTEN connection
    /// unlistens before it goes back.</item>
    /// <item><c>Max Auto Prepare=32</c>: the stores' statements are a few dozen constant texts; prepared on each pooled
    /// connection after a few uses, they skip parsing and planning. Set <c>Max Auto Prepare=0</c> behind a pooler that cannot
    /// keep prepared statements (PgBouncer in transaction mode before 1.21).</item>
    /// </list>
    /// </summary>
    internal static NpgsqlConnectionStringBuilder WithStoreDefaults(NpgsqlConnectionStringBuilder builder, string given)
    {
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = given }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (!keys.Contains("NORESETONCLOSE"))
        {
            builder.NoResetOnClose = true;
        }

        if (!keys.Contains("MAXAUTOPREPARE"))
        {
            builder.MaxAutoPrepare = 32;
        }

        return builder;
    }

    /// <summary>The schema version this build migrates to.</summary>
    public static int LatestSchemaVersion => PostgresSchema.Migrations[^1].Version;

    /// <summary>host:port/database, safe for messages (no user, no password).</summary>
    public string Description { get; }

    public Incident Outage { get; } = new();

    /// <summary>
    /// An open pooled connection on a migrated schema. Throws what Npgsql throws when the server cannot be reached;
    /// callers catch it with <see cref="IsUnavailable"/>.
    /// </summary>
    internal NpgsqlConnection Open()
    {
        if (!_migrated)
        {
            lock (_migrating)
            {
                if (!_migrated)
                {
                    _migrator.Migrate();
                    _migrated = true;
                }
            }
        }

        return _source.OpenConnection();
    }

    /// <summary>Applies pending migrations now (start-up, <c>db migrate</c>); returns the versions this call applied.</summary>
    public IReadOnlyList<int> Migrate()
    {
        lock (_migrating)
        {
            var applied = _migrator.Migrate();
            _migrated = true;
            return applied;
        }
    }

    /// <summary>
    /// A failure of the database rather than of the statement: the network, a server that is down or restarting, a refused login,
    /// a missing database. Other server errors (a value the table refuses) say nothing about the database and open no outage.
    /// </summary>
    public static bool IsUnavailable(Exception ex) => ex switch
    {
        PostgresException pg => pg.SqlState[..2] is "08" or "28" or "3D" or "53" or "57" or "58",
        NpgsqlException or TimeoutException => true,
        _ => false,
    };

    /// <summary>A store could not use the database: the first failure of an outage is one warning, the rest are the stores' debug lines.</summary>
    internal void Failed(Exception ex)
    {
        // Pooled connections to a server that went away are dead too: the next attempt should dial afresh.
        _source.Clear();
        if (Outage.Fail())
        {
            _logger.LogWarning("Database {Database} cannot be used ({Error}: {Message}); answering without storage until it works again "
                + "(deliveries are deduplicated in memory meanwhile; /readyz reports it)", Description, ex.GetType().Name, ex.Message);
        }
    }

    /// <summary>A store used the database successfully: ends an outage, if one was open, with one line.</summary>
    internal void Succeeded()
    {
        if (Outage.Recover() is var failures and > 0)
        {
            _logger.LogInformation("Database {Database} works again after {Failures} failed operations", Description, failures);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a connection, reporting the outcome; a failing database (or a refused statement) gives
    /// <paramref name="fallback"/> (<paramref name="refused"/>, when given, for a refused statement). For the stores whose
    /// failures must not reach the question (log, context, claims, votes).
    /// </summary>
    internal T Use<T>(Func<NpgsqlConnection, T> work, Func<T> fallback, Func<T>? refused = null)
    {
        try
        {
            using var connection = Open();
            var result = work(connection);
            Succeeded();
            return result;
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            Failed(ex);
            return fallback();
        }
        catch (PostgresException ex)
        {
            _logger.LogWarning("One operation on {Database} was refused ({SqlState}: {Error}); the database is fine, only that entry was dropped",
                Description, ex.SqlState, ex.MessageText);
            return (refused ?? fallback)();
        }
    }

    public bool IsWritable() =>
        Use(connection =>
        {
            using var command = new NpgsqlCommand("SELECT NOT pg_is_in_recovery()", connection);
            return command.ExecuteScalar() is true;
        }, () => false);

    public void Dispose() => _source.Dispose();
}
