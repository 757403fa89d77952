using System.CommandLine;
using Bot.Host.Composition;
using Bot.Infrastructure.Storage;

namespace Bot.Host.Cli;

/// <summary><c>db backup FILE</c>: a consistent copy of the bot's database, safe while the bot runs.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Where to write the copy (must not exist yet)." };
        var backup = new Command("backup", "Copy the LiteDB database to FILE as one consistent snapshot (the bot may keep running).") { file };
        backup.SetAction(parse => Backup(parse.GetValue(file)!));
        return new Command("db", "Maintain the bot's database.") { backup };
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
}
