using System.ComponentModel.DataAnnotations;

namespace Bot.Adapters.Slack;

/// <summary>Slack settings (section "Slack"); which ones are required depends on <see cref="Mode"/>.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    public SlackMode Mode { get; set; } = SlackMode.Off;

    /// <summary>Signs every HTTP request Slack sends (Events mode). A secret: environment or user-secrets only.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (xoxb-…) for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app-level token (xapp-…, scope connections:write) that opens Socket Mode connections.</summary>
    public string? AppToken { get; set; }

    /// <summary>Web API base; tests point it at a fake server on loopback.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// <summary>The slash command as registered in the Slack app.</summary>
    [Required]
    public string Command { get; set; } = "/jk";

    /// <summary>Users allowed admin subcommands (digest settings).</summary>
    public List<string> AdminUserIds { get; set; } = [];

    /// <summary>
    /// Replies in a thread the bot has answered in are answered without a new mention (needs the message.channels / message.groups
    /// events and the channels:history / groups:history scopes). Admins can switch it off per channel (/jk config threads off).
    /// </summary>
    public bool FollowThreads { get; set; } = true;

    /// <summary>
    /// Asks Slack for an asker's locale (users.info, scope users:read) to hint the answer language when their words don't decide it;
    /// the channel's default language still comes first.
    /// </summary>
    public bool UserLocale { get; set; } = true;

    /// <summary>How long a user's locale (or Slack's refusal to give it) is remembered.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Slack:UserLocaleTtl must be between 1 minute and 7 days.")]
    public TimeSpan UserLocaleTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Adds 👀 to a mention while its answer is being prepared.</summary>
    public bool ReactWhileWorking { get; set; } = true;

    /// <summary>
    /// How long a slash command may spend answering inside Slack's 3-second acknowledgement; a slower answer is
    /// acknowledged with "working…" and sent to response_url. Zero always defers.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.500", ErrorMessage = "Slack:InlineAnswerBudget must be between 0 and 2.5 seconds (Slack waits 3 s).")]
    public TimeSpan InlineAnswerBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Slack allows about one message per second per channel; posts to one channel are spaced this far apart.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Slack:ChannelMessageInterval must be between 0 and 1 minute.")]
    public TimeSpan ChannelMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One Web API attempt gives up after this long (then counts as a timeout and may be retried).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00", ErrorMessage = "Slack:RequestTimeout must be between 1 ms and 5 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a 5xx or a timeout (never after ok:false or another 4xx).</summary>
    [Range(0, 10, ErrorMessage = "Slack:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay; doubles each time, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Slack:RetryBaseDelay must be between 0 and 1 minute.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>First Socket Mode reconnect delay; doubles each time, with jitter, up to <see cref="ReconnectMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Slack:ReconnectBaseDelay must be between 0 and 10 minutes.")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Slack:ReconnectMaxDelay must be between 0 and 1 hour.")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a delivery id is remembered; Slack's last retry comes about 6 minutes after the first try.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00", ErrorMessage = "Slack:DedupeTtl must be between 10 minutes and 7 days.")]
    public TimeSpan DedupeTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Answers prepared at the same time (mentions, deferred commands, clicks).</summary>
    [Range(1, 64, ErrorMessage = "Slack:Workers must be between 1 and 64.")]
    public int Workers { get; set; } = 4;

    /// <summary>
    /// Work waiting for a worker. Beyond this a new mention is refused (HTTP 503; over Socket Mode, not acknowledged)
    /// so Slack delivers it again a minute later, instead of being acknowledged and answered many minutes late.
    /// Refusals count against Slack's failed-delivery threshold, so this is for bursts, not a steady state.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Slack:QueueCapacity must be between 1 and 1,000,000.")]
    public int QueueCapacity { get; set; } = 1_000;
}
