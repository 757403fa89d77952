namespace Bot.Adapters.Discord.Rendering;

/// <summary>
/// The <c>custom_id</c>s of our buttons: <c>fb:up:{answer}</c>, <c>fb:down:{answer}</c>, <c>src:{answer}</c>. The answer id is the
/// interaction id of the command that produced the answer, so a click needs no server-side state to know what it is about.
/// </summary>
public static class ComponentIds
{
    private const string Up = "fb:up:";
    private const string Down = "fb:down:";
    private const string SourcesPrefix = "src:";
    private const string ThreadPrefix = "thread:";

    public static string Vote(string answerId, bool helpful) => (helpful ? Up : Down) + answerId;

    public static string Sources(string answerId) => SourcesPrefix + answerId;

    /// <summary>"Continue in a thread" under an answer in a guild channel.</summary>
    public static string Thread(string answerId) => ThreadPrefix + answerId;

    public static bool TryParseThread(string? customId, out string answerId)
    {
        answerId = customId is not null && customId.StartsWith(ThreadPrefix, StringComparison.Ordinal) ? customId[ThreadPrefix.Length..] : "";
        return IsId(answerId);
    }

    public static bool TryParseVote(string? customId, out string answerId, out bool helpful)
    {
        helpful = customId?.StartsWith(Up, StringComparison.Ordinal) == true;
        var prefix = helpful ? Up : Down;
        answerId = customId is not null && customId.StartsWith(prefix, StringComparison.Ordinal) ? customId[prefix.Length..] : "";
        return IsId(answerId);
    }

    public static bool TryParseSources(string? customId, out string answerId)
    {
        answerId = customId is not null && customId.StartsWith(SourcesPrefix, StringComparison.Ordinal) ? customId[SourcesPrefix.Length..] : "";
        return IsId(answerId);
    }

    // Snowflakes are digits; anything else in a custom_id was not written by us.
    private static bool IsId(string id) => id.Length is > 0 and <= 32 && id.All(char.IsAsciiDigit);
}
