using System.Diagnostics.Metrics;

namespace Bot.Core.Telemetry;

/// <summary>
/// <c>jkbot.questions</c> (counter: platform, intent, outcome) and <c>jkbot.answer.duration</c> (histogram in seconds:
/// platform, intent). Intents and outcomes are the router's fixed names; platforms are the adapters' few.
/// </summary>
public sealed class QuestionMetrics
{
    /// <summary>Answers take from well under a millisecond (fixed intents) to seconds (an LLM): buckets span both.</summary>
    private static readonly IReadOnlyList<double> DurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _duration;

    public QuestionMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(BotMeters.Questions);
        _questions = meter.CreateCounter<long>("jkbot.questions", "{question}", "Questions answered, by platform, intent and outcome.");
        _duration = meter.CreateHistogram("jkbot.answer.duration", "s", "Time from question to answer, by platform and intent.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public void Answered(string platform, string intent, string outcome, TimeSpan elapsed)
    {
        var platformTag = new KeyValuePair<string, object?>("platform", platform);
        var intentTag = new KeyValuePair<string, object?>("intent", intent);
        _questions.Add(1, platformTag, intentTag, new KeyValuePair<string, object?>("outcome", outcome));
        _duration.Record(elapsed.TotalSeconds, platformTag, intentTag);
    }
}
