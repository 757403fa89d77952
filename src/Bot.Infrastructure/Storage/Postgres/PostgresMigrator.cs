using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Infrastructure.Storage.Postgres;

/// <summary>
/// Applies <see cref="PostgresSchema.Migrations"/> in order, each in its own transaction, under a session advisory lock:
/// replicas that start together queue on the lock, and the later ones find the versions applied and do nothing.
/// </summary>
internal sealed class PostgresMigrator(NpgsqlDataSource source, ILogger logger)
{
    /// <summary>The advisory lock key (any bigint the bot's database uses for nothing else: "jkbot-mg" in ASCII).</summary>
    internal const long LockKey = 0x6A6B626F742D6D67;

    public IReadOnlyList<int> Migrate()
    {
        var watch = Stopwatch.StartNew();
        using var connection = source.OpenConnection();
        Execute(connection, null, $"SELECT pg_advisory_lock({LockKey})");
        try
        {
            Execute(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version int PRIMARY KEY,
                    description text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """);
            var done = AppliedVersions(connection);
            var applied = new List<int>();
            foreach (var migration in PostgresSchema.Migrations.Where(m => !done.Contains(m.Version)))
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, migration.Sql);
                using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, description) VALUES (@v, @d)", connection, transaction))
                {
                    record.Parameters.AddWithValue("v", migration.Version);
                    record.Parameters.AddWithValue("d", migration.Description);
                    record.ExecuteNonQuery();
                }

                transaction.Commit();
                applied.Add(migration.Version);
            }

            if (applied.Count > 0)
            {
                logger.LogInformation("Database schema migrated to version {Version} ({Count} migrations in {Elapsed} ms)",
                    applied[^1], applied.Count, watch.ElapsedMilliseconds);
            }

            return applied;
        }
        finally
        {
            // Also released when the connection closes; unlocking here returns the pooled connection clean.
            Execute(connection, null, $"SELECT pg_advisory_unlock({LockKey})");
        }
    }

    /// <summary>The versions <c>schema_migrations</c> records as applied.</summary>
    internal static HashSet<int> AppliedVersions(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT version FROM schema_migrations", connection);
        using var reader = command.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
