using System.ComponentModel.DataAnnotations;

namespace Bot.Infrastructure.Throttling;

/// <summary>How many questions one user, and one channel, may ask per minute (token buckets: bursts allowed up to the limit).</summary>
public sealed class ThrottleOptions
{
    public const string SectionName = "Throttle";

    /// <summary>Questions per user per minute, across channels; 0 turns the per-user limit off.</summary>
    [Range(0, 10_000, ErrorMessage = "Throttle:PerUserPerMinute must be between 0 and 10000.")]
    public int PerUserPerMinute { get; set; } = 12;

    /// <summary>Questions per channel per minute, all users together; 0 turns the per-channel limit off.</summary>
    [Range(0, 100_000, ErrorMessage = "Throttle:PerChannelPerMinute must be between 0 and 100000.")]
    public int PerChannelPerMinute { get; set; } = 60;
}
