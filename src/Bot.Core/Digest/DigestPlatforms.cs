namespace Bot.Core.Digest;

/// <summary>The platforms a digest can be posted to, as spelled in configuration and storage.</summary>
public static class DigestPlatforms
{
    public const string Discord = "discord";
    public const string Slack = "slack";

    public static IReadOnlyList<string> All { get; } = [Discord, Slack];

    public static bool IsKnown(string? platform) => All.Contains(platform?.Trim().ToLowerInvariant());
}
