using System.CommandLine;
using Bot.Host.Composition;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Storage.Postgres;

namespace Bot.Host.Cli;

/// <summary><c>db backup FILE</c>: a consistent copy of the LiteDB database, safe while the bot runs. <c>db migrate</c>: the PostgreSQL schema, applied and done.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the copy (must not exist yet)." };
        var backup = new Command("backup", "Copy the LiteDB database to FILE as one consistent snapshot (the bot may keep running).") { file };
        backup.SetAction(parse => Backup(parse.GetValue(file)!));
        var migrate = new Command("migrate", "Apply the PostgreSQL schema migrations (Storage:Provider=Postgres) and exit; replicas do it at start too.");
        migrate.SetAction(_ => Migrate());
        return new Command("db", "Maintain the bot's database.") { backup, migrate };
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
}
