using System.Globalization;

namespace Bot.Core.Digest;

/// <summary>The checks every way of subscribing shares (configuration, Discord and Slack commands).</summary>
public static class DigestRules
{
    public const string DefaultTimeZone = "Asia/Seoul";

    /// <summary>24-hour <c>HH:mm</c> ("08:00", "7:30" too); nothing else, so "8am" gets a clear error instead of a guess.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>An IANA time zone id known to this machine (<c>Asia/Seoul</c>, <c>America/New_York</c>).</summary>
    public static bool TryFindTimeZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    public static string TimeZoneHint => "an IANA time zone id such as Asia/Seoul, Asia/Tokyo or America/New_York";

    public static string TimeHint => "a 24-hour time HH:mm such as 08:00 or 19:30";
}
