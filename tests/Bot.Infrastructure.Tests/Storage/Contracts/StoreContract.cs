namespace Bot.Infrastructure.Tests.Storage.Contracts;

/// <summary>
/// The base of every store contract: each contract class is abstract and holds the tests; a LiteDB subclass and a PostgreSQL
/// subclass only say how to open the database, so both providers are held to the same behaviour.
/// </summary>
public abstract class StoreContract : IDisposable
{
    private readonly List<StorageUnderTest> _opened = [];

    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl);

    protected StorageUnderTest Open(bool logQuestionText = true, TimeSpan? conversationTtl = null) => Track(Create(logQuestionText, conversationTtl));

    /// <summary>A second connection to <paramref name="storage"/>'s database: another replica or process, or a restart.</summary>
    protected StorageUnderTest Reopen(StorageUnderTest storage) => Track(storage.Reopen());

    public void Dispose()
    {
        for (var i = _opened.Count - 1; i >= 0; i--)
        {
            _opened[i].Dispose();
        }

        GC.SuppressFinalize(this);
    }

    private StorageUnderTest Track(StorageUnderTest storage)
    {
        _opened.Add(storage);
        return storage;
    }
}
