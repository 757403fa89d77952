using Xunit;

namespace Bot.Tests.Shared;

/// <summary>
/// Real payloads other projects published (Slack's SDK samples and tests, Discord's docs and libraries), kept in
/// <c>../shared/conformance</c> next to the repository with their sources: read from there, never copied in. One file, linked into
/// both adapters' test projects.
/// </summary>
public static class Conformance
{
    /// <summary>The folder, or null in a checkout that has none beside it (a Docker build): the conformance tests are then skipped.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>The files in a sub-folder ("slack/events"), in name order.</summary>
    public static IReadOnlyList<string> Files(string folder, string pattern = "*") =>
        Folder is null ? [] : [.. Directory.GetFiles(Path.Combine(Folder, folder), pattern).Order(StringComparer.Ordinal)];

    private static string? Find()
    {
        var folder = Path.GetFullPath(Path.Combine(RepositoryKnowledge.Root, "..", "shared", "conformance"));
        return Directory.Exists(folder) ? folder : null;
    }
}

/// <summary>A test over <see cref="Conformance"/>: skipped, saying why, when the folder is not next to the repository.</summary>
public sealed class ConformanceFactAttribute : FactAttribute
{
    public ConformanceFactAttribute()
    {
        if (Conformance.Folder is null)
        {
            Skip = "../shared/conformance (the published payload samples) is not next to this repository";
        }
    }
}
