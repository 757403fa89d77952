using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Storage;

/// <summary>Which database the bot keeps its state in, where it is, and what it keeps (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>LiteDB (one process, the default) or Postgres (several replicas sharing one database).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>The Npgsql connection string; required when <see cref="Provider"/> is Postgres, unused otherwise. A secret: never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The LiteDB file (Provider LiteDb); relative paths start at the working directory, and a missing folder is created.</summary>
    [Required]
    public string Path { get; set; } = "data/bot.db";

    /// <summary>Whether the query log keeps the question text; false stores null instead (privacy switch).</summary>
    public bool LogQuestionText { get; set; } = true;

    /// <summary>
    /// After how many days a logged question's text is removed (the entry, its intent, outcome and counts stay); at least 1.
    /// A sweep runs at start and hourly while the bot serves.
    /// </summary>
    public int QuestionRetentionDays { get; set; } = 90;

    /// <summary>How long a conversation's follow-up context survives after its last update.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807", MinimumIsExclusive = true,
        ErrorMessage = "Storage:ConversationTtl must be greater than zero.")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>Where the bot's state lives.</summary>
public enum StorageProvider
{
    /// <summary>One file next to one process.</summary>
    LiteDb,

    /// <summary>A PostgreSQL database several replicas share.</summary>
    Postgres,
}
