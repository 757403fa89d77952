using Bot.Core.Admin.Texts;

namespace Bot.Adapters.Slack.Handling;

/// <summary>A /jk subcommand another feature adds (the digest adds "digest …"); its reply is shown only to the caller.</summary>
public interface ISlackSubcommand
{
    /// <summary>The first word after the command, lower case ("digest").</summary>
    string Name { get; }

    /// <summary>Returns the reply as light Markdown (escaped and rendered by the adapter).</summary>
    Task<string> HandleAsync(SlackSubcommandContext context, CancellationToken cancellationToken);
}

/// <summary>
/// Who ran the subcommand, where, and the text after its name. <see cref="IsAdmin"/> comes from Slack:AdminUserIds;
/// <see cref="ChannelLanguage"/> is the channel's default language (<c>/jk config language</c>), null for auto.
/// </summary>
public sealed record SlackSubcommandContext(string TeamId, string ChannelId, string UserId, string Arguments, bool IsAdmin, string? ChannelLanguage = null)
{
    /// <summary>
    /// The reply's wording: Korean or Japanese words after the command decide, else the channel's default language, else English
    /// (Slack sends no locale with a command, and asking for the user's would cost the reply's time budget).
    /// </summary>
    public AdminTexts Words => AdminTexts.Of(Arguments, ChannelLanguage);
}
