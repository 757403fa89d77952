using System.Security.Cryptography;
using System.Text;
using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Reporting;
using Bot.Core.Routing;
using Bot.Infrastructure.Retrieval;
using Bot.Infrastructure.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Reporting;

/// <summary>
/// The curator report from the query log and the votes: the log's daily sums (<see cref="IQueryLogSums"/>) added up by
/// <see cref="ReportAccumulator"/>, gaps
/// clustered by meaning (<see cref="GapClusterer"/>), each gap's closest knowledge entries from the retriever, and 👎 reasons.
/// Never reads or shows a user id; shows no question text when <see cref="StorageOptions.LogQuestionText"/> is off.
/// </summary>
public sealed class CuratorReportBuilder(
    IQueryLogStore log,
    IFeedbackStore feedback,
    IRetriever retriever,
    IntentRouter router,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<CuratorReportBuilder> logger,
    IEmbeddingGenerator<string, Embedding<float>>? generator = null,
    IOptions<RetrievalOptions>? retrieval = null,
    IGapVectorCache? gapVectors = null) : ICuratorReports
{
    // The operator's "no model" (to save memory) holds here too: gaps then cluster by their normalised text alone.
    private readonly IEmbeddingGenerator<string, Embedding<float>>? _generator =
        retrieval?.Value is { UseEmbeddings: false } or { Mode: RetrievalMode.Lexical } ? null : generator;

    // Gap vectors outlive the process only when question text is logged (they derive from it); never without a model.
    private readonly GapVectorMemo _vectors = new(
        options.Value.LogQuestionText ? gapVectors : null, generator is null ? null : HybridRetriever.ModelId(generator), time, logger);

    // The closest-entry queries' vectors, kept the same way: a new process then needs the model only for an example never looked up.
    private readonly ExampleVectorMemo _examples = new(new GapVectorMemo(
        options.Value.LogQuestionText ? gapVectors : null, generator is null ? null : ExampleVectorMemo.ModelName(HybridRetriever.ModelId(generator)),
        time, logger));

    /// <summary>An answer below this confidence is a gap; a re-check must reach it to count a gap as answered.</summary>
    public const double LowConfidenceBelow = 0.6;

    /// <summary>The most gaps a report lists (most asked first).</summary>
    public const int MaxGaps = 100;

    /// <summary>The most questions in the top list.</summary>
    public const int TopCount = 10;

    /// <summary>The most 👎 comments listed (newest first).</summary>
    public const int MaxComments = 100;

    public const int MaxDays = 3650;

    public CuratorReport Build(int days) => Build(days, Task.CompletedTask);

    /// <summary>
    /// The report, with the closest-entry lookups waiting for <paramref name="lookupsReady"/> (the CLI loads the knowledge base
    /// and warms the retriever on another thread while the log is summed); its failure is the lookups' to meet, not thrown here.
    /// </summary>
    public CuratorReport Build(int days, Task lookupsReady)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var to = time.GetUtcNow();
        var from = to.AddDays(-days);
        var keepText = options.Value.LogQuestionText;

        var votes = feedback.Since(from);
        var votedDown = votes.Where(v => !v.Helpful).Select(v => v.AnswerId).ToHashSet(StringComparer.Ordinal);
        var sums = new ReportAccumulator(from, to, keepText);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // Daily sums where the store keeps them (LiteDB rollups, PostgreSQL GROUP BY), else one pass over the entries.
        var summary = log is IQueryLogSums stored
            ? stored.Summarize(from, to, votedDown, keepText)
            : QueryLogSummary.FromEntries(log.Since(from), from, to, votedDown, keepText);
        foreach (var day in summary.Days)
        {
            sums.Add(day);
        }

        var read = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var clusters = new GapClusterer(_generator, logger, _vectors).ClusterAsync(sums.Gaps, CancellationToken.None).GetAwaiter().GetResult();
        var clustered = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var waited = System.Diagnostics.Stopwatch.GetTimestamp();
        ((IAsyncResult)lookupsReady).AsyncWaitHandle.WaitOne();
        var waitedFor = System.Diagnostics.Stopwatch.GetElapsedTime(waited);
        var listed = clusters.Take(MaxGaps).ToList();
        _examples.Load(listed.Select(c => c.Lead.Example).OfType<string>());
        var gaps = listed.ConvertAll(ToGap);
        _examples.Save();
        logger.LogDebug("Curator report: {Questions} questions summed ({Days} days) in {Read} ms, {Distinct} distinct gaps clustered in {Clustered} ms, closest entries in {Closest} ms (of which waiting for the knowledge and retriever {Waited} ms)",
            sums.Questions, summary.Days.Count, (long)read.TotalMilliseconds, sums.Gaps.Count, (long)(clustered - read).TotalMilliseconds,
            (long)(System.Diagnostics.Stopwatch.GetElapsedTime(started) - clustered).TotalMilliseconds, (long)waitedFor.TotalMilliseconds);
        return new CuratorReport(from, to, sums.Questions, sums.ByOutcome, sums.ByPlatform, sums.ByIntent, sums.PerDay(), sums.P95(),
            sums.Top(TopCount), gaps, Summarize(votes, summary.VotedQuestions, keepText));
    }

    public IReadOnlyList<Gap> Recheck(int days) => Recheck(Build(days).Gaps);

    /// <summary>Re-checks gaps already built (the CLI's <c>report --recheck</c>, without reading the log twice).</summary>
    public IReadOnlyList<Gap> Recheck(IReadOnlyList<Gap> gaps)
    {
        var now = time.GetUtcNow();
        return [.. gaps.Select(gap => gap with { AnsweredBy = AnsweredNow(gap), RecheckedAt = now })];
    }

    /// <summary>The entry that answers the gap's example now, confidently; null when none does (or there is no text to ask).</summary>
    private string? AnsweredNow(Gap gap)
    {
        if (gap.Example is null)
        {
            return null;
        }

        try
        {
            var answer = router.PreviewAsync(new Question { Text = gap.Example, Platform = "report", ConversationKey = "report:recheck:" + gap.Id })
                .GetAwaiter().GetResult();
            if (answer.Outcome != Outcome.Answer || answer.Confidence < LowConfidenceBelow)
            {
                return null;
            }

            var by = AnswerTopic.Of(answer) ?? answer.Intent;
            // A 👎 gap asked again gets the same answer it was voted down for: that is not an answer yet.
            return gap.Outcome == GapKinds.VotedDown && by == gap.Topic ? null : by;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Re-check of gap {Gap} failed: {Error}", gap.Id, ex.Message);
            return null;
        }
    }

    private Gap ToGap(GapCluster cluster)
    {
        var lead = cluster.Lead;
        var example = lead.Example;
        return new Gap(IdOf(lead.Key), example, cluster.Count, cluster.LastAsked, lead.Kind, lead.Intent, lead.Topic,
            example is null ? [] : Closest(example));
    }

    /// <summary>The three knowledge entries the retriever ranks nearest the example (entry ids, passages of one entry counted once).</summary>
    private IReadOnlyList<string> Closest(string example)
    {
        try
        {
            // The hybrid retriever takes the example's vector from the memo when it holds one: the model is then not needed.
            var found = (retriever is HybridRetriever hybrid
                ? hybrid.RetrieveAsync(example, 10, _examples, CancellationToken.None)
                : retriever.RetrieveAsync(example, 10, CancellationToken.None)).GetAwaiter().GetResult();
            return [.. found.Passages
                .Select(p => ChunkId.TryParse(p.Id, out var kind, out var id, out _) ? ChunkId.Of(kind, id) : p.Id)
                .Distinct(StringComparer.Ordinal)
                .Take(3)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogDebug("No closest topics for a gap: retrieval failed ({Error})", ex.Message);
            return [];
        }
    }

    private static FeedbackSummary Summarize(IReadOnlyList<FeedbackRecord> votes, IReadOnlyDictionary<string, string?> questions, bool keepText)
    {
        var down = votes.Where(v => !v.Helpful).ToList();
        var reasons = down.Where(v => v.Reason is not null).GroupBy(v => v.Reason!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var comments = down.Where(v => v.Reason is not null).OrderByDescending(v => v.Time).Take(MaxComments)
            .Select(v => new FeedbackComment(v.Time, v.Reason!, v.Text, keepText && questions.TryGetValue(v.AnswerId, out var q) ? q : null))
            .ToList();
        return new FeedbackSummary(votes.Count - down.Count, down.Count, reasons, comments);
    }

    /// <summary>Stable across runs, so the admin page can link a gap and a re-check can name it.</summary>
    private static string IdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
