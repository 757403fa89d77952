namespace Bot.Core;

/// <summary>
/// The chat platforms, spelled once: as in configuration (Digest:Subscriptions), storage, metrics labels, health checks and
/// conversation keys.
/// </summary>
public static class Platforms
{
    public const string Discord = "discord";
    public const string Slack = "slack";

    public static IReadOnlyList<string> All { get; } = [Discord, Slack];

    public static bool IsKnown(string? platform) => All.Contains(platform?.Trim().ToLowerInvariant());
}
