using Bot.Core.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>
/// The part of a verb that reads configuration and opens files. What fails there is a setting the operator must fix
/// (an invalid option, a Storage:Path that cannot be opened): one line on stderr and exit code 3, not a stack trace
/// with exit code 1, which scripts read as "knowledge invalid".
/// </summary>
public static class CliStartup
{
    /// <summary>Knowledge first (a broken base stops with exit 1, before storage is touched), then the router and its storage.</summary>
    public static int OpenRouter(IServiceProvider services, out IntentRouter? router)
    {
        IntentRouter? opened = null;
        var exitCode = Guard(() =>
        {
            if (!KnowledgeGate.TryLoad(services))
            {
                return ExitCodes.KnowledgeInvalid;
            }

            opened = services.GetRequiredService<IntentRouter>();
            return ExitCodes.Ok;
        });
        router = opened;
        return exitCode;
    }

    /// <summary>Runs <paramref name="open"/>; options validation and binding failures become <see cref="ExitCodes.Configuration"/>.</summary>
    public static int Guard(Func<int> open)
    {
        try
        {
            return open();
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
        {
            // Binding ("Failed to convert configuration value …") and LiteDbContext ("Storage:Path … cannot be opened")
            // throw InvalidOperationException with a message written for the operator.
            Console.Error.WriteLine($"configuration error: {ex.Message}");
            return ExitCodes.Configuration;
        }
    }

    /// <summary>
    /// <see cref="Guard"/> for starting a server: options validated at start, and a port that cannot be bound
    /// (<see cref="IOException"/>: in use, or not allowed), are settings to fix, not crashes.
    /// </summary>
    public static async Task<int> GuardAsync(Func<Task> start)
    {
        try
        {
            await start().ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException or IOException)
        {
            await Console.Error.WriteLineAsync($"configuration error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
    }
}
