using Bot.Core.Abstractions;
using Bot.Core.Feedback;
using Bot.Infrastructure.Storage;

namespace Bot.Benchmarks.Reporting;

/// <summary>
/// A month of questions for <see cref="ReportMillion"/>, the same for a seed: answered questions over a few hundred phrasings
/// (statistics for every year, FAQ, timeline, glossary), and ≈10 % gaps — declines, clarifications, unsure answers — written
/// as people write them: the same question in several cases, with and without "what is", punctuation and spacing, plus a tail
/// of one-off questions. Every 500th answer gets a vote.
/// </summary>
internal static class SyntheticLog
{
    private const int Batch = 10_000;

    private static readonly string[] Metrics = ["korea imports from japan", "japan exports to korea", "korean visitors to japan", "japanese visitors to korea", "trade balance korea japan"];

    private static readonly string[] Topics =
    [
        "gsomia", "dokdo", "takeshima", "the 1965 treaty", "comfort women agreement", "forced labour ruling", "export controls 2019",
        "sea of japan naming", "yasukuni visits", "fukushima water release", "kim dae-jung obuchi declaration", "shuttle diplomacy",
    ];

    private static readonly string[] GapSubjects =
    [
        "the japan korea fishing agreement", "k-pop concerts in tokyo", "anime exports to korea", "the 2002 world cup co-hosting",
        "korean residents in japan zainichi", "visa waiver between korea and japan", "the tsushima ferry route", "japanese language schools in seoul",
        "semiconductor supply chains", "the hanwha ocean deal", "baseball players moving between leagues", "cultural open-door policy 1998",
        "korean war japan role", "lee myung-bak dokdo visit 2012", "abe statement 2015", "hydrogen fluoride alternatives",
        "joint naval exercises", "north korea missile tracking sharing", "student exchange numbers", "sister city relations",
    ];

    private static readonly string[] GapForms = ["what about {0}", "What about {0}?", "WHAT ABOUT {0}??", "tell me about {0}", "{0}?", "explain {0}", "{0} ...", "  {0}  "];

    /// <summary>Fills the log unless it already holds <paramref name="count"/> entries; true when it wrote them.</summary>
    public static bool FillIfNeeded(IQueryLogStore log, IFeedbackStore feedback, int count, DateTimeOffset now)
    {
        if (log.Count() == count)
        {
            return false;
        }

        if (log.Count() != 0)
        {
            throw new InvalidOperationException($"the bench database already holds {log.Count():N0} entries, not {count:N0}: delete {Path.GetTempPath()}bot-report-bench/ and run again");
        }

        var random = new Random(42);
        var span = TimeSpan.FromDays(29.9).Ticks;
        var batch = new List<QueryLogEntry>(Batch);
        for (var i = 0; i < count; i++)
        {
            var time = now - TimeSpan.FromTicks((long)(random.NextDouble() * span));
            var platform = random.Next(100) switch { < 55 => "discord", < 95 => "slack", _ => "cli" };
            var answerId = i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
            batch.Add(random.Next(100) < 10 ? Gap(random, time, platform, answerId, i) : Answered(random, time, platform, answerId));
            if (i % 500 == 0)
            {
                feedback.Record(platform, answerId, "U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), helpful: random.Next(3) != 0);
                feedback.RecordReason(platform, answerId, "U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    FeedbackReasons.All[random.Next(FeedbackReasons.All.Count)], random.Next(4) == 0 ? "the figure for that year looks wrong" : null);
            }

            if (batch.Count == Batch)
            {
                log.RecordMany(batch);
                batch.Clear();
            }
        }

        log.RecordMany(batch);
        return true;
    }

    private static QueryLogEntry Answered(Random random, DateTimeOffset time, string platform, string answerId)
    {
        var kind = random.Next(4);
        var (question, intent, topic) = kind switch
        {
            0 => ($"{Metrics[random.Next(Metrics.Length)]} {random.Next(1965, 2025)}", "statistic", "series:kr-imports-from-japan"),
            1 => ($"what is {Topics[random.Next(Topics.Length)]}", "faq", "faq:gsomia"),
            2 => ($"when was {Topics[random.Next(Topics.Length)]}", "timeline", "event:gsomia-signed"),
            _ => ($"who is {(random.Next(2) == 0 ? "ishiba" : "lee jae-myung")}", "glossary", "term:ishiba"),
        };
        if (random.Next(3) == 0)
        {
            question = question.ToUpperInvariant() + "?";
        }

        return new QueryLogEntry(time, platform, question, intent, "answer", 0.5 + (random.NextDouble() * 4), "conv", answerId, 0.6 + (random.NextDouble() * 0.4), topic);
    }

    private static QueryLogEntry Gap(Random random, DateTimeOffset time, string platform, string answerId, int i)
    {
        // One gap in fifty is a one-off (a number makes it unique): the long tail the clustering cap is for.
        var subject = GapSubjects[random.Next(GapSubjects.Length)];
        var question = random.Next(50) == 0
            ? $"{subject} in {i}"
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, GapForms[random.Next(GapForms.Length)], subject);
        return random.Next(10) switch
        {
            < 5 => new QueryLogEntry(time, platform, question, "free-form", "decline", 5 + (random.NextDouble() * 20), "conv", answerId, 0.3, null),
            < 7 => new QueryLogEntry(time, platform, question, "follow-up", "clarify", 1 + random.NextDouble(), "conv", answerId, 0.5, null),
            _ => new QueryLogEntry(time, platform, question, "faq", "answer", 3 + (random.NextDouble() * 10), "conv", answerId, 0.3 + (random.NextDouble() * 0.29), "faq:gsomia"),
        };
    }
}
