using Bot.Core.Conversations;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Infrastructure.Tests.Storage;

/// <summary>
/// A fuzzing run wrote a 100,000-character button value as an answer id: LiteDB refused the index key, the store marked the whole
/// database unusable, and /readyz failed until a later write worked. Every id is now bounded before it reaches an index, and a write
/// LiteDB refuses anyway never opens an outage.
/// </summary>
public sealed class OversizedValueTests : IDisposable
{
    private static readonly string Huge = new('x', 100_000);
    private readonly TempStorage _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Feedback_HugeAnswerIdAndUser_StoredAndCountedAndTheDatabaseStaysHealthy()
    {
        using var db = TempStorage.Open(_temp.Options());
        var store = new LiteDbFeedbackStore(db, _time, new ListLogger<LiteDbFeedbackStore>());

        store.Record("slack", Huge, Huge, helpful: true);
        store.Record("slack", Huge, "U2", helpful: false);

        Assert.Equal((1, 1), store.Totals(Huge));
        Assert.False(db.Outage.IsOpen);
        Assert.True(db.IsWritable());
    }

    [Fact]
    public void Delivery_HugeKey_ClaimedOnceLikeAnyOther()
    {
        using var db = TempStorage.Open(_temp.Options());
        var dedupe = new LiteDbDeliveryDeduplicator(db, _time, new ListLogger<LiteDbDeliveryDeduplicator>());

        Assert.True(dedupe.TryClaim("slack:event:" + Huge, TimeSpan.FromHours(1)));
        Assert.False(dedupe.TryClaim("slack:event:" + Huge, TimeSpan.FromHours(1)));
        Assert.True(dedupe.TryClaim("slack:event:" + Huge + "y", TimeSpan.FromHours(1)));
        Assert.False(db.Outage.IsOpen);
    }

    [Fact]
    public void Conversation_HugeKey_SavedAndReadBack()
    {
        var options = _temp.Options();
        using var db = TempStorage.Open(options);
        var store = TempStorage.Conversations(db, options, _time);

        store.Set("slack:T1:C1:" + Huge, new ConversationState { Year = 2019 });

        Assert.Equal(2019, store.Get("slack:T1:C1:" + Huge)?.Year);
        Assert.False(db.Outage.IsOpen);
    }

    [Fact]
    public void Failed_ValueLiteDbRefuses_LoggedWithoutOpeningAnOutage()
    {
        var logger = new ListLogger<LiteDbContext>();
        using var db = new LiteDbContext(Microsoft.Extensions.Options.Options.Create(_temp.Options()), logger);
        var health = new LiteDB.LiteDatabase($"Filename={_temp.DatabasePath};Connection=shared");
        LiteDB.LiteException refused;
        try
        {
            health.GetCollection("raw").Insert(new LiteDB.BsonDocument { ["_id"] = Huge });
            throw new InvalidOperationException("LiteDB accepted an oversized key");
        }
        catch (LiteDB.LiteException ex)
        {
            refused = ex;
        }
        finally
        {
            health.Dispose();
        }

        db.Failed(refused);

        Assert.False(db.Outage.IsOpen);
        Assert.True(db.IsWritable());
        Assert.Single(logger.Entries, e => e.Message.Contains("was refused", StringComparison.Ordinal) && e.Exception is null);
    }
}
