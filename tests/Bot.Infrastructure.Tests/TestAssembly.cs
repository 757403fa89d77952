namespace Bot.Tests.Shared;

/// <summary>This test assembly's name, for the shared xunit discoverers (xunit 2 finds a discoverer by type and assembly name).</summary>
internal static class TestAssembly
{
    public const string Name = "Bot.Infrastructure.Tests";
}
