using Bot.Adapters.Discord.Rendering;

namespace Bot.Adapters.Discord.Handling;

/// <summary>
/// What to answer an interaction with: the initial response (HTTP body or Gateway callback) and, for a deferred answer,
/// the work that edits it later. <see cref="FollowUp"/> must start only after Discord has the initial response.
/// </summary>
public sealed record InteractionReply(InteractionResponse? Response, string? Rejection = null, Func<CancellationToken, Task>? FollowUp = null)
{
    public static InteractionReply Of(InteractionResponse response, Func<CancellationToken, Task>? followUp = null) => new(response, null, followUp);

    /// <summary>Not an interaction we answer (unknown type): HTTP 400, ignored on the Gateway.</summary>
    public static InteractionReply Reject(string reason) => new(null, reason);
}
