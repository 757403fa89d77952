using Bot.Infrastructure.Diagnostics;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Storage;

/// <summary>The process's one LiteDB database, in shared mode so the server and CLI verbs can use the file together.</summary>
public sealed class LiteDbContext : IStorageHealth, IDisposable
{
    internal const string QueryLogCollection = "query_log";
    internal const string ConversationCollection = "conversations";
    internal const string EmbeddingCollection = "embeddings";
    internal const string FeedbackCollection = "feedback";
    internal const string DeliveryCollection = "deliveries";

    private readonly LiteDatabase _database;
    private readonly ILogger _logger;
    private int _indexesPending;

    public LiteDbContext(IOptions<StorageOptions> options, ILogger<LiteDbContext>? logger = null)
    {
        _logger = logger ?? NullLogger<LiteDbContext>.Instance;
        var configured = options.Value.Path;
        try
        {
            FullPath = System.IO.Path.GetFullPath(configured);
            var directory = System.IO.Path.GetDirectoryName(FullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            // Shared, never direct: direct mode silently lost writes with two processes on one file.
            var connection = new ConnectionString { Filename = FullPath, Connection = ConnectionType.Shared };
            _database = new LiteDatabase(connection, CreateMapper());
            QueryLog = _database.GetCollection<QueryLogDocument>(QueryLogCollection);
            Conversations = _database.GetCollection<ConversationDocument>(ConversationCollection);
            Embeddings = _database.GetCollection<EmbeddingDocument>(EmbeddingCollection);
            Feedback = _database.GetCollection<FeedbackDocument>(FeedbackCollection);
            Deliveries = _database.GetCollection<DeliveryDocument>(DeliveryCollection);

            // Shared mode opens the file per operation: these first touches make a bad path fail at startup,
            // not at the first question.
            try
            {
                EnsureIndexes();
            }
            catch (IOException ex) when (IsLockedByAnotherProcess(ex))
            {
                // The path is fine but another process holds the file exclusively right now (a backup or copy tool): start
                // anyway and degrade as for a lock that begins later; the indexes are made once the file can be used.
                _indexesPending = 1;
                Failed(ex);
            }
        }
        catch (Exception ex)
        {
            _database?.Dispose();
            throw new InvalidOperationException(
                $"Storage:Path '{configured}' cannot be opened as a LiteDB file ({ex.GetType().Name}: {ex.Message}). " +
                "Point Storage:Path at a writable location.",
                ex);
        }
    }

    /// <summary>The absolute path of the database file, for messages.</summary>
    public string FullPath { get; } = "";

    internal ILiteCollection<QueryLogDocument> QueryLog { get; }

    internal ILiteCollection<ConversationDocument> Conversations { get; }

    internal ILiteCollection<EmbeddingDocument> Embeddings { get; }

    /// <summary>A collection for feature stores that keep their mapping on the document type (<c>[BsonId]</c>).</summary>
    internal ILiteCollection<T> Collection<T>(string name) => _database.GetCollection<T>(name);

    internal ILiteCollection<FeedbackDocument> Feedback { get; }

    internal ILiteCollection<DeliveryDocument> Deliveries { get; }

    public void Dispose() => _database.Dispose();

    /// <summary>The database's current outage, shared by every store on this file (one incident, however many stores fail).</summary>
    public Incident Outage { get; } = new();

    /// <summary>
    /// A store could not use the file (locked by another process, read-only, disk full). The stores degrade on their own
    /// (drop the log entry, answer without context, deduplicate in memory); this logs the first failure of the outage as a
    /// warning and the rest not at all here (each store has its own debug line), so a locked file is one warning, not one per question.
    /// </summary>
    internal void Failed(Exception ex)
    {
        // A value LiteDB refuses (an index key over its limit) says nothing about the file: the next write works. It must not open
        // an outage (which turns /readyz red and drops context and votes until some later write succeeds).
        if (ex is LiteException { ErrorCode: LiteException.INVALID_INDEX_KEY })
        {
            _logger.LogWarning("One write to {Path} was refused: {Error} The database is fine; only that entry was dropped", FullPath, ex.Message);
            return;
        }

        if (Outage.Fail())
        {
            _logger.LogWarning(ex, "Database {Path} cannot be used ({Error}); answering without storage until it works again (query log entries, "
                + "conversation context and feedback are dropped meanwhile; /readyz reports it)", FullPath, ex.Message);
        }
    }

    /// <summary>A store used the file successfully: ends an outage, if one was open, with one line.</summary>
    internal void Succeeded()
    {
        if (Outage.Recover() is var failures and > 0)
        {
            _logger.LogInformation("Database {Path} works again after {Failures} failed operations", FullPath, failures);
        }

        if (Interlocked.Exchange(ref _indexesPending, 0) == 1)
        {
            try
            {
                EnsureIndexes();
            }
            catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
            {
                Volatile.Write(ref _indexesPending, 1);
                Failed(ex);
            }
        }
    }

    private void EnsureIndexes()
    {
        QueryLog.EnsureIndex(d => d.Time);
        // The curator report finds voted-down answers by id: made at start (and kept at every write), not at the first report.
        QueryLog.EnsureIndex(d => d.AnswerId);
        Conversations.EnsureIndex(d => d.UpdatedAt);
        Embeddings.EnsureIndex(d => d.Model);
        Embeddings.EnsureIndex(d => d.LastUsed);
        Feedback.EnsureIndex(d => d.AnswerId);
        Feedback.EnsureIndex(d => d.Time);
        Deliveries.EnsureIndex(d => d.ExpiresAt);
    }

    /// <summary>
    /// An existing file that cannot be opened right now (another handle holds it exclusively: a sharing violation), as
    /// opposed to a path that can never work (a directory, a missing parent: subclasses of IOException or other types).
    /// The plain IOException type is the test because its HResult differs by OS (the errno on Linux).
    /// </summary>
    private bool IsLockedByAnotherProcess(IOException ex) => ex.GetType() == typeof(IOException) && File.Exists(FullPath);

    /// <summary>Writes and removes a marker document: true when the file takes writes right now (readiness probe).</summary>
    public bool IsWritable()
    {
        try
        {
            var health = _database.GetCollection("health");
            health.Upsert(new BsonDocument { ["_id"] = "probe", ["at"] = DateTime.UtcNow });
            var written = health.Delete("probe");
            Succeeded();
            return written;
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
        {
            Failed(ex);
            return false;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> as one transaction that nothing else can interleave with: in shared mode a transaction
    /// holds the file's named mutex from <c>BeginTrans</c> to <c>Commit</c>, so no other thread of this process and no other
    /// process touches the file in between, and a read-compare-write inside is atomic (a compare-and-set). Keep the work
    /// short: every other writer waits for it.
    /// </summary>
    internal T Exclusively<T>(Func<T> work)
    {
        if (!_database.BeginTrans())
        {
            throw new InvalidOperationException("a LiteDB transaction is already open on this thread");
        }

        try
        {
            var result = work();
            _database.Commit();
            return result;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    /// <summary>
    /// Copies every collection into a new file at <paramref name="targetPath"/> while the bot keeps running: the reads
    /// happen inside one transaction, so the copy is one consistent snapshot even with other writers on the file.
    /// Returns the number of documents copied. Refuses to overwrite an existing file.
    /// </summary>
    public long BackupTo(string targetPath)
    {
        var target = System.IO.Path.GetFullPath(targetPath);
        if (File.Exists(target))
        {
            throw new IOException($"'{target}' already exists; a backup never overwrites a file.");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        long copied = 0;
        _database.BeginTrans();
        try
        {
            using var copy = new LiteDatabase(new ConnectionString { Filename = target, Connection = ConnectionType.Direct });
            foreach (var name in _database.GetCollectionNames())
            {
                var documents = _database.GetCollection(name).FindAll().ToList();
                copied += copy.GetCollection(name).InsertBulk(documents);
            }

            copy.Checkpoint();
        }
        finally
        {
            _database.Rollback();
        }

        return copied;
    }

    private static BsonMapper CreateMapper()
    {
        // Our own mapper, not BsonMapper.Global, so nothing else in the process can change how we store documents.
        var mapper = new BsonMapper
        {
            // The defaults trim strings and store "" as null; a log should keep exactly what was asked.
            TrimWhitespace = false,
            EmptyStringToNull = false,
        };
        mapper.Entity<QueryLogDocument>().Id(d => d.Id, autoId: true);
        mapper.Entity<ConversationDocument>().Id(d => d.Key, autoId: false);
        mapper.Entity<EmbeddingDocument>().Id(d => d.Key, autoId: false);
        mapper.Entity<FeedbackDocument>().Id(d => d.Key, autoId: false);
        mapper.Entity<DeliveryDocument>().Id(d => d.Key, autoId: false);
        mapper.Entity<FollowedThreadDocument>().Id(d => d.Key, autoId: false);
        mapper.Entity<ChannelSettingsDocument>().Id(d => d.Key, autoId: false);
        return mapper;
    }
}
