using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.Slack.Outbound;

/// <summary>
/// A Slack user's locale ("ko-KR", "ja-JP", "en-US"), the hint for a question whose words don't decide its language. Slack puts no
/// locale in events or slash commands; <c>users.info</c> with <c>include_locale=true</c> returns it (scope <c>users:read</c>, Tier 4).
/// One call per user per <see cref="SlackOptions.UserLocaleTtl"/>, answers and failures alike, so a workspace without the scope
/// costs one refused call per person a day, not one per question. Off with <c>Slack:UserLocale=false</c>.
/// </summary>
public sealed class SlackUserLocales(SlackApiClient api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackUserLocales> logger)
{
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<(string Team, string User), (string? Locale, DateTimeOffset At)> _known = new();

    /// <summary>The user's locale, or null (switched off, no user, refused, or Slack did not say).</summary>
    public async Task<string?> ForAsync(string? team, string? user, CancellationToken cancellationToken)
    {
        if (!options.Value.UserLocale || string.IsNullOrEmpty(user))
        {
            return null;
        }

        var key = (team ?? "", user);
        var now = time.GetUtcNow();
        if (_known.TryGetValue(key, out var known) && now - known.At < options.Value.UserLocaleTtl)
        {
            return known.Locale;
        }

        var result = await api.UserInfoAsync(user, cancellationToken).ConfigureAwait(false);
        var locale = result.Ok ? Locale(result.Body) : null;
        if (!result.Ok)
        {
            logger.LogDebug("Slack users.info for {User} refused ({Error}): no locale hint for them until the cache expires", user, result.Error);
        }

        if (_known.Count > PruneAbove)
        {
            _known.Clear();
        }

        _known[key] = (locale, now);
        return locale;
    }

    /// <summary>The locale already known for the user, without asking Slack (for replies that must not wait, like help).</summary>
    public string? Known(string? team, string? user) =>
        options.Value.UserLocale && user is not null && _known.TryGetValue((team ?? "", user), out var known)
        && time.GetUtcNow() - known.At < options.Value.UserLocaleTtl
            ? known.Locale
            : null;

    private static string? Locale(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object
        && u.TryGetProperty("locale", out var l) && l.ValueKind == JsonValueKind.String
            ? l.GetString()
            : null;
}
