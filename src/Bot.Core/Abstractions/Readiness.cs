namespace Bot.Core.Abstractions;

/// <summary>What the adapters' readiness checks and the host's <c>GET /readyz</c> agree on (plain strings: Core takes no health-check package).</summary>
public static class Readiness
{
    /// <summary>Health checks carrying this tag are reported, by name, in <c>/readyz</c>.</summary>
    public const string Tag = "ready";

    /// <summary>A healthy check with this description belongs to a platform that is switched off: left out of <c>/readyz</c>.</summary>
    public const string Disabled = "disabled";
}
