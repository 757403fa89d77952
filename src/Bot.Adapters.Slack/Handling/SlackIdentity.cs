using Bot.Adapters.Slack.Outbound;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Slack.Handling;

/// <summary>
/// The bot's own Slack user id, learned from auth.test: mentions of it are stripped from questions, and messages
/// from it are never answered. Learned at start; if Slack was unreachable then, asked again at most once a minute.
/// </summary>
public sealed class SlackIdentity(SlackApiClient api, TimeProvider time, ILogger<SlackIdentity> logger) : IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    public string? BotUserId { get; private set; }

    public async ValueTask<string?> GetBotUserIdAsync(CancellationToken cancellationToken)
    {
        if (BotUserId is not null || time.GetUtcNow() - _lastAttempt < RetryEvery)
        {
            return BotUserId;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (BotUserId is not null || time.GetUtcNow() - _lastAttempt < RetryEvery)
            {
                return BotUserId;
            }

            _lastAttempt = time.GetUtcNow();
            var result = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
            if (result.Ok && result.Field("user_id") is { Length: > 0 } userId)
            {
                BotUserId = userId;
                logger.LogInformation("Slack: signed in as {UserId} in team {TeamId}", userId, result.Field("team_id"));
            }

            return BotUserId;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
