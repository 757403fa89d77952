using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Tests.Storage;

/// <summary>A fresh directory per test, deleted afterwards, so no two tests share a database file.</summary>
public sealed class TempStorage : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "bot-storage-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Root, "bot.db");

    public StorageOptions Options(bool logQuestionText = true, TimeSpan? conversationTtl = null) => new()
    {
        Path = DatabasePath,
        LogQuestionText = logQuestionText,
        ConversationTtl = conversationTtl ?? TimeSpan.FromMinutes(30),
    };

    public static LiteDbContext Open(StorageOptions options) => new(Microsoft.Extensions.Options.Options.Create(options));

    public static LiteDbQueryLog QueryLog(LiteDbContext db, StorageOptions options, ListLogger<LiteDbQueryLog>? logger = null) =>
        new(db, Microsoft.Extensions.Options.Options.Create(options), logger ?? new ListLogger<LiteDbQueryLog>());

    public static LiteDbConversationStore Conversations(LiteDbContext db, StorageOptions options, TimeProvider time, ListLogger<LiteDbConversationStore>? logger = null) =>
        new(db, Microsoft.Extensions.Options.Options.Create(options), time, logger ?? new ListLogger<LiteDbConversationStore>());

    public void Dispose()
    {
        // A file still being closed by a background writer (LiteDB's log, a hosted service stopping) can make one attempt
        // find the folder not yet empty; a leftover temp folder is not a test failure.
        for (var attempt = 0; attempt < 5 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException) when (attempt < 4)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                // Give up on the last attempt: the folder is under the temp directory.
            }
        }
    }
}
