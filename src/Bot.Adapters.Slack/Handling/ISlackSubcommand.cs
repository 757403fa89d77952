namespace Bot.Adapters.Slack.Handling;

/// <summary>A /jk subcommand another feature adds (the digest adds "digest …"); its reply is shown only to the caller.</summary>
public interface ISlackSubcommand
{
    /// <summary>The first word after the command, lower case ("digest").</summary>
    string Name { get; }

    /// <summary>Returns the reply as light Markdown (escaped and rendered by the adapter).</summary>
    Task<string> HandleAsync(SlackSubcommandContext context, CancellationToken cancellationToken);
}

/// <summary>Who ran the subcommand, where, and the text after its name. <see cref="IsAdmin"/> comes from Slack:AdminUserIds.</summary>
public sealed record SlackSubcommandContext(string TeamId, string ChannelId, string UserId, string Arguments, bool IsAdmin);
