using Bot.Core.Abstractions;
using Bot.Core.Routing;
using Bot.Infrastructure.Reporting;
using Bot.Infrastructure.Tests.Storage.Postgres;

namespace Bot.Infrastructure.Tests.Storage.Contracts;

/// <summary>
/// The curator report's daily sums (LiteDB rollups kept at write time, PostgreSQL GROUP BY) against a plain recount of the
/// same random entries, one by one as the report used to read them: counts, days, top questions, gaps and the 👎-voted
/// questions must be equal; the 95th percentile at most 1 % above the exact one.
/// </summary>
public abstract class QueryLogSumsContract : StoreContract
{
    internal static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private static readonly string?[] Texts =
    [
        "What is GSOMIA?", "gsomia", "what's gsomia", "Dokdo or Takeshima?", "tell me about dokdo", "korea imports 2011", "???", "   ",
        null, "weather in paris", "the 1965 treaty", "The 1965 treaty!", "who owns dokdo", "fishing rights",
    ];

    private static readonly string[] Intents = [IntentNames.Faq, IntentNames.FreeForm, IntentNames.Statistic, IntentNames.FollowUp, IntentNames.RateLimited, "admin.config"];
    private static readonly string[] Outcomes = ["answer", "answer", "answer", "decline", "clarify"];
    private static readonly string?[] Topics = [null, "faq:gsomia", "faq:dokdo-takeshima"];

    /// <summary>Random entries over 40 days (and a few after the period), at distinct whole seconds, answer ids A0…</summary>
    internal static List<QueryLogEntry> RandomEntries(int count, int seed)
    {
        var random = new Random(seed);
        var seconds = Enumerable.Range(0, 40 * 24 * 3600).OrderBy(_ => random.Next()).Take(count).ToList();
        return [.. seconds.Select((s, i) =>
        {
            var intent = Intents[random.Next(Intents.Length)];
            var outcome = intent.StartsWith("admin", StringComparison.Ordinal) ? "admin" : Outcomes[random.Next(Outcomes.Length)];
            var time = Now.AddHours(2).AddSeconds(-s);
            double? confidence = random.Next(10) == 0 ? null : Math.Round(random.NextDouble(), 3);
            return new QueryLogEntry(time, random.Next(2) == 0 ? "discord" : "slack", Texts[random.Next(Texts.Length)], intent, outcome,
                Math.Round(0.5 + (random.NextDouble() * random.NextDouble() * 5000), 3), "conv", "A" + i, confidence, Topics[random.Next(Topics.Length)]);
        })];
    }

    [StoreFact]
    public void Summarize_RandomEntries_EqualsARecountOfTheEntries_WithAndWithoutText()
    {
        var log = Open().QueryLog();
        var entries = RandomEntries(3000, seed: 15);
        // In batches, out of time order, as the write-behind queue writes (late entries land on earlier days).
        foreach (var batch in entries.Chunk(250))
        {
            log.RecordMany(batch);
        }

        var votedDown = entries.Where((_, i) => i % 7 == 0).Select(e => e.AnswerId!).Append("A-unknown").ToHashSet(StringComparer.Ordinal);
        // Periods ending before the last entries (the last part-day read from its entries) and after all of them (its stored
        // sums, as a report ending now reads them), one of those a one-day report; starting on the hour and between hours (the
        // first part-hour's entries one by one, the first day's whole hours from their sums).
        (DateTimeOffset, DateTimeOffset)[] periods =
        [
            (Now.AddDays(-30), Now), (Now.AddDays(-30).AddHours(-5.5), Now.AddHours(-30)), (Now.AddHours(-20), Now),
            (Now.AddDays(-30).AddHours(3).AddMinutes(-17.5), Now.AddHours(3)), (Now.AddDays(-1).AddHours(3), Now.AddHours(3)),
            (Now.AddDays(-7).AddMinutes(-0.5), Now.AddMinutes(-0.5)),
        ];
        foreach (var (from, to) in periods)
        {
            foreach (var keepText in new[] { true, false })
            {
                AssertSumsEqualRecount(log, entries, from, to, votedDown, keepText);
            }
        }
    }

    [StoreFact]
    public void Summarize_EmptyLog_NoDays()
    {
        var log = Open().QueryLog();

        var summary = ((IQueryLogSums)log).Summarize(Now.AddDays(-30), Now, new HashSet<string>(), keepText: true);

        Assert.Empty(summary.Days);
        Assert.Empty(summary.VotedQuestions);
    }

    internal static void AssertSumsEqualRecount(Bot.Infrastructure.Storage.IQueryLogStore log, IReadOnlyList<QueryLogEntry> entries, DateTimeOffset from,
        DateTimeOffset to, IReadOnlySet<string> votedDown, bool keepText)
    {
        var summary = ((IQueryLogSums)log).Summarize(from, to, votedDown, keepText);
        var sums = new ReportAccumulator(from, to, keepText);
        foreach (var day in summary.Days)
        {
            sums.Add(day);
        }

        var expected = Recount(entries, from, to, votedDown, keepText);
        var label = $"{from:u}..{to:u} text {keepText}";
        Assert.True(expected.Questions == sums.Questions, label);
        Assert.Equal(expected.ByOutcome, sums.ByOutcome);
        Assert.Equal(expected.ByPlatform, sums.ByPlatform);
        Assert.Equal(expected.ByIntent, sums.ByIntent);
        Assert.Equal(expected.PerDay, sums.PerDay().Where(d => d.Questions > 0).Select(d => (d.Date, d.Questions)));
        Assert.Equal(expected.Top, sums.Top(10).Select(t => (t.Question, t.Count, t.Intent)));
        Assert.Equal(expected.Gaps.OrderBy(g => g.Key, StringComparer.Ordinal),
            sums.Gaps.Select(g => (g.Key, g.Count, g.LastAsked, g.Kind, g.Intent, g.Example, g.Topic)).OrderBy(g => g.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Voted.OrderBy(v => v.Key, StringComparer.Ordinal), summary.VotedQuestions.OrderBy(v => v.Key, StringComparer.Ordinal));
        var p95 = sums.P95();
        Assert.NotNull(p95);
        Assert.InRange(p95.Value, expected.P95, (expected.P95 * 1.01) + 0.01);
    }

    /// <summary>The report's rules applied to each entry in time order, written out plainly (no sums, no buckets).</summary>
    private static (int Questions, Dictionary<string, int> ByOutcome, Dictionary<string, int> ByPlatform, Dictionary<string, int> ByIntent,
        List<(DateOnly, int)> PerDay, List<(string, int, string)> Top,
        List<(string Key, int, DateTimeOffset, string, string, string?, string?)> Gaps, Dictionary<string, string?> Voted, double P95)
        Recount(IReadOnlyList<QueryLogEntry> entries, DateTimeOffset from, DateTimeOffset to, IReadOnlySet<string> votedDown, bool keepText)
    {
        var asked = entries.Where(e => e.Time >= from && e.Time <= to && e.Outcome != "admin" && !e.Intent.StartsWith("admin", StringComparison.Ordinal))
            .OrderBy(e => e.Time).ToList();
        var texts = new Dictionary<string, (int Count, string Text, string Intent)>();
        var gaps = new Dictionary<string, (int Count, DateTimeOffset Last, string Kind, string Intent, string? Example, string? Topic)>();
        var voted = new Dictionary<string, string?>();
        foreach (var e in asked)
        {
            var text = keepText && !string.IsNullOrWhiteSpace(e.Question) ? e.Question : null;
            var normalized = text is null ? null : GapText.Normalize(text);
            normalized = normalized is { Length: > 0 } ? normalized : null;
            if (normalized is not null)
            {
                texts[normalized] = (texts.GetValueOrDefault(normalized).Count + 1, text!, e.Intent);
            }

            var isVoted = votedDown.Contains(e.AnswerId!);
            if (isVoted)
            {
                voted[e.AnswerId!] = text;
            }

            var notGap = e.Intent is IntentNames.RateLimited or IntentNames.Safety or IntentNames.TooLong or IntentNames.Empty or IntentNames.Help;
            string? kind = notGap ? null : e.Outcome switch
            {
                "decline" => "decline",
                "clarify" => "clarify",
                "answer" when isVoted => "voted-down",
                "answer" when e.Confidence < 0.6 => "low-confidence",
                _ => null,
            };
            if (kind is null)
            {
                continue;
            }

            var key = normalized ?? $"\u0001{kind}|{e.Intent}|{e.Topic}";
            var seen = gaps.GetValueOrDefault(key);
            gaps[key] = (seen.Count + 1, e.Time, kind, e.Intent, text ?? seen.Example, e.Topic ?? seen.Topic);
        }

        var latencies = asked.Select(e => (double)(float)e.LatencyMs).Order().ToList();
        return (asked.Count,
            asked.GroupBy(e => e.Outcome).ToDictionary(g => g.Key, g => g.Count()),
            asked.GroupBy(e => e.Platform).ToDictionary(g => g.Key, g => g.Count()),
            asked.GroupBy(e => e.Intent).ToDictionary(g => g.Key, g => g.Count()),
            [.. asked.GroupBy(e => DateOnly.FromDateTime(e.Time.UtcDateTime)).Select(g => (g.Key, g.Count())).OrderBy(d => d.Key)],
            keepText ? [.. texts.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Text, StringComparer.Ordinal).Take(10).Select(t => (t.Text, t.Count, t.Intent))] : [],
            [.. gaps.Select(g => (g.Key, g.Value.Count, g.Value.Last, g.Value.Kind, g.Value.Intent, g.Value.Example, g.Value.Topic))],
            voted,
            latencies.Count == 0 ? 0 : Math.Round(latencies[Math.Clamp((int)Math.Ceiling(0.95 * latencies.Count) - 1, 0, latencies.Count - 1)], 2));
    }
}

public sealed class LiteDbQueryLogSumsTests : QueryLogSumsContract
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new LiteDbUnderTest(logQuestionText, conversationTtl);
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresQueryLogSumsTests(PostgresCluster cluster) : QueryLogSumsContract, IPostgresTests
{
    protected override StorageUnderTest Create(bool logQuestionText, TimeSpan? conversationTtl) => new PostgresUnderTest(cluster, logQuestionText, conversationTtl);
}
