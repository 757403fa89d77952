using Bot.Core;
using Bot.Core.Digest;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Digest;

/// <summary>Checks what data annotations cannot (time zones, HH:mm, URLs), naming the configuration key in every message.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var errors = new List<string>();
        var channels = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Subscriptions.Count; i++)
        {
            var s = options.Subscriptions[i];
            var key = $"{DigestOptions.SectionName}:Subscriptions:{i}";
            if (!Platforms.IsKnown(s.Platform))
            {
                errors.Add($"{key}:Platform '{s.Platform}' is not a platform; use {string.Join(" or ", Platforms.All)}.");
            }

            if (string.IsNullOrWhiteSpace(s.Channel))
            {
                errors.Add($"{key}:Channel is required (the Discord or Slack channel id).");
            }
            else if (!channels.Add($"{s.Platform?.Trim().ToLowerInvariant()}:{s.Channel.Trim()}"))
            {
                errors.Add($"{key}:Channel '{s.Channel}' is subscribed twice; a channel gets one digest a day.");
            }

            if (!DigestRules.TryParseTime(s.Time, out _))
            {
                errors.Add($"{key}:Time '{s.Time}' is not {DigestRules.TimeHint}.");
            }

            if (!DigestRules.TryFindTimeZone(s.TimeZone, out _))
            {
                errors.Add($"{key}:TimeZone '{s.TimeZone}' is not {DigestRules.TimeZoneHint}.");
            }

            if (!string.IsNullOrWhiteSpace(s.Language) && !Langs.TryParse(s.Language, out _))
            {
                errors.Add($"{key}:Language '{s.Language}' is not a language the bot writes; use {string.Join(", ", Langs.All.Select(l => l.Code()))}, or leave it empty for the channel's default.");
            }

            if (!DigestSectionNames.TryParseList(s.Sections, out _, out var unknown))
            {
                errors.Add($"{key}:Sections '{unknown}' is not a section; use {string.Join(", ", DigestSectionNames.All)}.");
            }
        }

        for (var i = 0; i < options.Feeds.Count; i++)
        {
            if (!Uri.TryCreate(options.Feeds[i], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"{DigestOptions.SectionName}:Feeds:{i} '{options.Feeds[i]}' is not an http(s) URL.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
