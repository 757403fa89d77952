using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Infrastructure.Storage;

/// <summary>Checks at start what the attributes cannot: Postgres needs a connection string, and it must parse; retention is at least a day.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.QuestionRetentionDays < 1)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:QuestionRetentionDays must be at least 1 (days a question's text is kept), not {options.QuestionRetentionDays}.");
        }

        if (options.Provider != StorageProvider.Postgres)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:ConnectionString is required when Storage:Provider is Postgres (e.g. Host=db;Database=jkbot;Username=jkbot;Password=…).");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            // The parser's message names the bad keyword, never the whole string (which holds the password).
            return ValidateOptionsResult.Fail($"Storage:ConnectionString is not a valid PostgreSQL connection string: {ex.Message}");
        }
    }
}
