using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Storage;

/// <summary>Where the LiteDB file lives and what the bot keeps in it (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The LiteDB file; relative paths start at the working directory, and a missing folder is created.</summary>
    [Required]
    public string Path { get; set; } = "data/bot.db";

    /// <summary>Whether the query log keeps the question text; false stores null instead (privacy switch).</summary>
    public bool LogQuestionText { get; set; } = true;

    /// <summary>How long a conversation's follow-up context survives after its last update.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807", MinimumIsExclusive = true,
        ErrorMessage = "Storage:ConversationTtl must be greater than zero.")]
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromMinutes(30);
}
