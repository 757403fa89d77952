namespace Bot.Infrastructure.Diagnostics;

/// <summary>
/// One dependency's current outage, so it is logged once when it starts and once when it ends instead of once per request:
/// a locked database or a hanging LLM would otherwise write a warning for every question and bury everything else.
/// </summary>
public sealed class Incident
{
    private int _failures;

    /// <summary>True while the last attempt failed.</summary>
    public bool IsOpen => Volatile.Read(ref _failures) > 0;

    /// <summary>Counts a failure; true only for the first one since the dependency last worked (log that one as a warning, the rest at debug).</summary>
    public bool Fail() => Interlocked.Increment(ref _failures) == 1;

    /// <summary>Marks the dependency as working; returns how many failures the incident this ends had (0 when none was open).</summary>
    public int Recover() => Volatile.Read(ref _failures) == 0 ? 0 : Interlocked.Exchange(ref _failures, 0);
}
