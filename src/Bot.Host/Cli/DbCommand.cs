using System.CommandLine;
using Bot.Host.Composition;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;

namespace Bot.Host.Cli;

/// <summary>
/// <c>db backup FILE</c>: a consistent copy of the LiteDB database, safe while the bot runs. <c>db migrate</c>: the PostgreSQL
/// schema, applied and done. <c>db copy --from FILE --to CONNECTION</c>: a LiteDB deployment moved into PostgreSQL.
/// </summary>
public static class DbCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the copy (must not exist yet)." };
        var backup = new Command("backup", "Copy the LiteDB database to FILE as one consistent snapshot (the bot may keep running).") { file };
        backup.SetAction(parse => Backup(parse.GetValue(file)!));
        var migrate = new Command("migrate", "Apply the PostgreSQL schema migrations (Storage:Provider=Postgres) and exit; replicas do it at start too.");
        migrate.SetAction(_ => Migrate());
        var from = new Option<string>("--from") { Description = "The LiteDB file to copy (the bot's Storage:Path).", Required = true };
        var to = new Option<string>("--to") { Description = "The PostgreSQL connection string to copy into (its schema is migrated first).", Required = true };
        var copy = new Command("copy", "Copy a LiteDB database into PostgreSQL; safe to run again (it completes what is missing, doubles nothing).") { from, to };
        copy.SetAction(parse => Copy(parse.GetValue(from)!, parse.GetValue(to)!));
        return new Command("db", "Maintain the bot's database.") { backup, migrate, copy };
    }

    private static int Backup(string target)
    {
        using var host = CliHost.Build();
        return CliStartup.Guard(() =>
        {
            if (host.Services.UsesPostgres())
            {
                Console.Error.WriteLine("db backup: copies the LiteDB file only; with Storage:Provider=Postgres back up with pg_dump.");
                return ExitCodes.Usage;
            }

            var db = host.Services.GetRequiredService<LiteDbContext>();
            try
            {
                var copied = db.BackupTo(target);
                Console.WriteLine($"backed up {copied} documents from {db.FullPath} to {Path.GetFullPath(target)}");
                return ExitCodes.Ok;
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"db backup: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
    }

    private static int Migrate()
    {
        using var host = CliHost.Build();
        return CliStartup.Guard(() =>
        {
            if (!host.Services.UsesPostgres())
            {
                Console.WriteLine("db migrate: nothing to do: LiteDB (Storage:Provider=LiteDb) needs no migration.");
                return ExitCodes.Ok;
            }

            var db = host.Services.GetRequiredService<PostgresDatabase>();
            try
            {
                var applied = db.Migrate();
                var latest = PostgresDatabase.LatestSchemaVersion;
                Console.WriteLine(applied.Count == 0
                    ? $"db migrate: {db.Description} is up to date (schema version {latest})"
                    : $"db migrate: {db.Description} migrated to schema version {latest} (applied {string.Join(", ", applied)})");
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (PostgresDatabase.IsUnavailable(ex))
            {
                // The message names host:port/database and the server's reason, never the connection string.
                Console.Error.WriteLine($"db migrate: cannot reach {db.Description}: {ex.Message}");
                return ExitCodes.Configuration;
            }
        });
    }

    private static int Copy(string from, string to)
    {
        var invalid = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = to });
        if (invalid.Failed)
        {
            Console.Error.WriteLine($"db copy: --to: {invalid.FailureMessage}");
            return ExitCodes.Usage;
        }

        try
        {
            var totals = new LiteDbToPostgresCopy(from, to).Run(new ProgressBar());
            foreach (var (collection, rows) in totals.Rows)
            {
                Console.WriteLine($"{collection}: {rows}");
            }

            Console.WriteLine($"db copy: {Path.GetFullPath(from)} copied; running it again changes nothing");
            return ExitCodes.Ok;
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine($"db copy: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException || PostgresDatabase.IsUnavailable(ex))
        {
            // Only host:port/database and the server's reason: never the connection string.
            Console.Error.WriteLine();
            Console.Error.WriteLine($"db copy: stopped: {ex.Message} Run it again to resume: what was copied stays, nothing is doubled.");
            return ExitCodes.Configuration;
        }
    }

    /// <summary>One line per collection on stderr, redrawn as batches land (stdout keeps only the totals).</summary>
    private sealed class ProgressBar : IProgress<CopyProgress>
    {
        private const int Width = 30;

        public void Report(CopyProgress value)
        {
            var share = value.Total == 0 ? 1.0 : (double)value.Done / value.Total;
            var filled = (int)Math.Round(share * Width);
            Console.Error.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {share * 100,3:0}% {value.Collection} {value.Done}/{value.Total}   "));
            if (value.Done == value.Total)
            {
                Console.Error.WriteLine();
            }
        }
    }
}
