using System.ComponentModel.DataAnnotations;

namespace Bot.Adapters.Discord;

/// <summary>Discord settings (section "Discord"); which fields are required depends on <see cref="Mode"/>, see <see cref="DiscordOptionsValidator"/>.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public DiscordMode Mode { get; set; } = DiscordMode.Off;

    /// <summary>The application id (a snowflake) from the Developer Portal's General Information page.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Public Key (64 hex characters): verifies every request to the interactions endpoint.</summary>
    public string? PublicKey { get; set; }

    /// <summary>The bot token (Bot page). A secret: set it from an environment variable or user-secrets, never in a committed file.</summary>
    public string? BotToken { get; set; }

    /// <summary>The REST API base; tests point it at a fake server on loopback.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>A fixed Gateway URL (ws:// or wss://) instead of asking <c>GET /gateway/bot</c>; for tests.</summary>
    public string? GatewayUrl { get; set; }

    /// <summary>The guild <c>commands register</c> writes to when no <c>--guild</c> is given (guild commands update at once: for development).</summary>
    public string? GuildId { get; set; }

    /// <summary>
    /// Gateway mode: answer @mentions, DMs and replies to the bot's answers (intents GUILD_MESSAGES and DIRECT_MESSAGES, not
    /// privileged), and messages in threads the bot started. Off: slash commands only (no intents, as before).
    /// </summary>
    public bool Messages { get; set; } = true;

    /// <summary>
    /// Also ask for the privileged Message Content intent (enable it under Bot → Privileged Gateway Intents first, or Discord closes
    /// the connection with 4014): messages in a thread the bot started are then answered without a mention. Optional.
    /// </summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>Register the slash commands (bulk overwrite) when the server starts.</summary>
    public bool RegisterCommandsOnStart { get; set; }

    /// <summary>Shown in the User-Agent header Discord asks for: <c>DiscordBot (url, version)</c>.</summary>
    [Required]
    public string ProjectUrl { get; set; } = "https://example.invalid/jk-relations-bot";

    /// <summary>How long an answer may take before the reply is deferred (type 5) and sent later; Discord's deadline is 3 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.5", ErrorMessage = "Discord:DeferAfter must be between 0 and 2.5 seconds (Discord's deadline is 3 s).")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How long a deferred answer may keep working; the interaction token dies after 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:15:00", ErrorMessage = "Discord:FollowUpTimeout must be between 1 second and 15 minutes.")]
    public TimeSpan FollowUpTimeout { get; set; } = TimeSpan.FromMinutes(14);

    /// <summary>Answers prepared at the same time (interactions from the Gateway, deferred answers).</summary>
    [Range(1, 256, ErrorMessage = "Discord:Workers must be between 1 and 256.")]
    public int Workers { get; set; } = 32;

    /// <summary>Work waiting for a worker; beyond it an interaction from the Gateway or a deferred answer is refused (logged).</summary>
    [Range(1, 1_000_000, ErrorMessage = "Discord:QueueCapacity must be between 1 and 1,000,000.")]
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>Requests to the interactions endpoint above this size get 413 before anything else is read.</summary>
    [Range(1024, 4 * 1024 * 1024, ErrorMessage = "Discord:MaxBodyBytes must be between 1 KiB and 4 MiB.")]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>One REST attempt's time limit; a timed-out attempt is retried like a 5xx.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00", ErrorMessage = "Discord:RequestTimeout must be between 1 ms and 5 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a 5xx, a timeout or a 429 (each kind bounded by this), with exponential backoff and jitter.</summary>
    [Range(0, 10, ErrorMessage = "Discord:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Discord:RetryBaseDelay must be between 0 and 1 minute.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Discord:RetryMaxDelay must be between 0 and 10 minutes.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// After this many 401/403/429 answers within 10 minutes the client stops calling Discord until the window clears.
    /// Discord bans an IP at 10,000; the default stays a tenth of that.
    /// </summary>
    [Range(1, 9000, ErrorMessage = "Discord:InvalidRequestCap must be between 1 and 9000.")]
    public int InvalidRequestCap { get; set; } = 1000;

    /// <summary>The first reconnect delay; it doubles (with jitter) after each failed connection, up to <see cref="ReconnectMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Discord:ReconnectBaseDelay must be between 0 and 10 minutes.")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Discord:ReconnectMaxDelay must be between 0 and 1 hour.")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The shortest time between two Identify calls (Discord allows one per 5 s per shard bucket).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Discord:IdentifyMinInterval must be between 0 and 10 minutes.")]
    public TimeSpan IdentifyMinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Identifies kept in reserve of Discord's daily 1,000: below it the client waits for the reset instead of spending them.</summary>
    [Range(0, 999, ErrorMessage = "Discord:IdentifyReserve must be between 0 and 999.")]
    public int IdentifyReserve { get; set; } = 20;
}
