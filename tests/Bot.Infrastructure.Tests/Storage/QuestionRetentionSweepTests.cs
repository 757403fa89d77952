using Bot.Core.Abstractions;
using Bot.Infrastructure.Storage;
using Bot.Infrastructure.Tests.Storage.Contracts;
using Microsoft.Extensions.Time.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Bot.Infrastructure.Tests.Storage;

public sealed class QuestionRetentionSweepTests : IDisposable
{
    private readonly LiteDbUnderTest _storage = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void SweepOnce_EntriesAcrossTheRetention_OlderTextRemovedCountsKept()
    {
        var log = _storage.QueryLog();
        var now = _time.GetUtcNow();
        log.RecordMany([At(now.AddDays(-91), "too old"), At(now.AddDays(-89), "kept"), At(now.AddHours(-1), "fresh")]);
        var sweep = Sweep(log, days: 90);

        Assert.Equal(1, sweep.SweepOnce());

        Assert.Equal([null, "kept", "fresh"], log.Since(DateTimeOffset.UnixEpoch).Select(e => e.Question));
        Assert.Equal(3, log.Count());

        // A day later the 89-day-old question is past 90 days too.
        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, sweep.SweepOnce());
        Assert.Equal([null, null, "fresh"], log.Since(DateTimeOffset.UnixEpoch).Select(e => e.Question));
    }

    [Fact]
    public void SweepOnce_OneDayRetention_RemovesYesterdaysText()
    {
        var log = _storage.QueryLog();
        log.RecordMany([At(_time.GetUtcNow().AddHours(-25), "yesterday"), At(_time.GetUtcNow().AddHours(-23), "today")]);

        Assert.Equal(1, Sweep(log, days: 1).SweepOnce());
        Assert.Equal([null, "today"], log.Since(DateTimeOffset.UnixEpoch).Select(e => e.Question));
    }

    [Fact]
    public void SweepOnce_GapVectors_UnusedWithinTheRetentionRemoved()
    {
        var gaps = (Bot.Infrastructure.Retrieval.IGapVectorCache)_storage.Embeddings();
        var now = _time.GetUtcNow();
        gaps.StoreGapVectors("m", [("old", [1f])], now.AddDays(-31));
        gaps.StoreGapVectors("m", [("used", [2f])], now.AddDays(-40));
        gaps.UseGapVectors("m", ["used"], now.AddDays(-2));
        gaps.StoreGapVectors("m", [("fresh", [3f])], now.AddHours(-1));

        Sweep(_storage.QueryLog(), days: 30, gaps).SweepOnce();

        Assert.Equal(["fresh", "used"], gaps.UseGapVectors("m", ["old", "used", "fresh"], now).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SweepOnce_QuestionTextOff_EveryGapVectorRemoved()
    {
        var gaps = (Bot.Infrastructure.Retrieval.IGapVectorCache)_storage.Embeddings();
        gaps.StoreGapVectors("m", [("fresh", [3f])], _time.GetUtcNow());
        _storage.Embeddings().Store("m", [("passage", [1f])]);

        new QuestionRetentionSweep(_storage.QueryLog(), MsOptions.Create(new StorageOptions { QuestionRetentionDays = 30, LogQuestionText = false }),
            _time, new ListLogger<QuestionRetentionSweep>(), gaps).SweepOnce();

        Assert.Equal(0, gaps.CountGapVectors());
        Assert.Equal(1, _storage.Embeddings().Count("m"));
    }

    [Fact]
    public async Task ExecuteAsync_Started_SweepsAtOnceAndAgainEachHour()
    {
        var log = _storage.QueryLog();
        var sweep = Sweep(log, days: 1);
        log.Record(At(_time.GetUtcNow().AddDays(-2), "old"));

        await sweep.StartAsync(CancellationToken.None);
        await WaitUntil(() => log.Recent(1)[0].Question is null);

        log.Record(At(_time.GetUtcNow().AddDays(-2), "old again"));
        _time.Advance(QuestionRetentionSweep.Interval);
        await WaitUntil(() => log.Recent(1)[0].Question is null);
        await sweep.StopAsync(CancellationToken.None);
    }

    public void Dispose() => _storage.Dispose();

    private QuestionRetentionSweep Sweep(IQueryLogStore log, int days, Bot.Infrastructure.Retrieval.IGapVectorCache? gaps = null) =>
        new(log, MsOptions.Create(new StorageOptions { QuestionRetentionDays = days }), _time, new ListLogger<QuestionRetentionSweep>(), gaps);

    private static QueryLogEntry At(DateTimeOffset time, string question) => QueryLogContract.Entry(question) with { Time = time };

    private static async Task WaitUntil(Func<bool> condition)
    {
        // The sweep runs on its own task: poll (bounded) for its effect rather than sleep a fixed time.
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
