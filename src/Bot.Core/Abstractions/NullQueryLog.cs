namespace Bot.Core.Abstractions;

/// <summary>A query log that keeps nothing (benchmarks, tests that don't look at the log).</summary>
public sealed class NullQueryLog : IQueryLog
{
    public void Record(QueryLogEntry entry)
    {
    }
}
