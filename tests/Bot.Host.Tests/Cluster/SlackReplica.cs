namespace Bot.Host.Tests.Cluster;

/// <summary>The settings of one <c>serve</c> replica taking Slack events over HTTP, on a shared PostgreSQL database.</summary>
internal static class SlackReplica
{
    public const string SigningSecret = "two-replicas-signing-secret";

    /// <param name="botToken">Per replica when a test must tell which replica made a Web API call (its Authorization header).</param>
    public static Dictionary<string, string> Environment(string connectionString, string instance, string slackApiBaseUrl, string botToken = "xoxb-two-replicas") => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["Storage__ConnectionString"] = connectionString,
        ["Cluster__Instance"] = instance,
        ["Slack__Mode"] = "Events",
        ["Slack__SigningSecret"] = SigningSecret,
        ["Slack__BotToken"] = botToken,
        ["Slack__ApiBaseUrl"] = slackApiBaseUrl,
        ["Slack__ReactWhileWorking"] = "false",
        // Each replica paces its posts to a channel one a second (Slack's own limit): with every event in one channel,
        // 200 events would wait 100 s for nothing these tests check. Exactly-once and context do not depend on the pacing.
        ["Slack__ChannelMessageInterval"] = "00:00:00",
        ["Retrieval__UseEmbeddings"] = "false",
        ["Throttle__PerUserPerMinute"] = "0",
        ["Throttle__PerChannelPerMinute"] = "0",
    };
}
