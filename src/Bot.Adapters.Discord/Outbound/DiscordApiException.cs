namespace Bot.Adapters.Discord.Outbound;

/// <summary>Discord refused a request, or it failed after the allowed retries. <see cref="Status"/> is 0 when no response came.</summary>
public sealed class DiscordApiException(int status, string message, int? code = null) : Exception(message)
{
    public int Status { get; } = status;

    /// <summary>Discord's JSON error <c>code</c>, when it sent one.</summary>
    public int? Code { get; } = code;
}
