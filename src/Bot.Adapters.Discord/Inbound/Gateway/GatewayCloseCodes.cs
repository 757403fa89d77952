namespace Bot.Adapters.Discord.Inbound.Gateway;

/// <summary>Which Gateway close codes may be resumed, which need a new session, and which are fatal (protocols.md C).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>The code we close a zombie or reconnecting connection with: not 1000/1001, which would end the session.</summary>
    public const int ReconnectClose = 4000;

    public static NextStep Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => NextStep.Fatal,
        4007 or 4009 => NextStep.Identify,
        // 4000–4003, 4005, 4008, anything unknown, or a drop without a close frame: try to resume.
        _ => NextStep.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "the connection dropped without a close frame",
        4004 => "4004 Authentication failed: Discord rejected Discord:BotToken (wrong, or reset). Set a valid bot token",
        4010 => "4010 Invalid shard",
        4011 => "4011 Sharding required: the bot is in too many guilds for one connection",
        4012 => "4012 Invalid API version",
        4013 => "4013 Invalid intent(s)",
        4014 => "4014 Disallowed intent(s): a privileged intent was requested without being enabled in the Developer Portal",
        4007 => "4007 Invalid sequence",
        4009 => "4009 Session timed out",
        _ => $"close code {code}",
    };
}
