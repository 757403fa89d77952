using Bot.Infrastructure.Diagnostics;

namespace Bot.Infrastructure.Storage;

/// <summary>What <c>/readyz</c> asks of the database, whichever provider holds it.</summary>
public interface IStorageHealth
{
    /// <summary>The database's current outage, shared by every store on it.</summary>
    Incident Outage { get; }

    /// <summary>True when the database takes writes right now (readiness probe).</summary>
    bool IsWritable();
}
