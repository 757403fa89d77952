using System.Globalization;
using System.Text;

namespace Bot.Host.Evaluation;

/// <summary>One graded reply: the confidence the bot gave it, whether the grader passed it, and whether it was an answer.</summary>
public sealed record GradedReply(double Confidence, bool Correct, bool IsAnswer);

/// <summary>Replies whose confidence lies in [<paramref name="From"/>, <paramref name="To"/>): how many, how many correct.</summary>
public sealed record ReliabilityBin(string Label, double From, double To, int Count, int Correct, double ConfidenceSum)
{
    /// <summary>Null when the bin is empty: no replies is not 0 % accuracy.</summary>
    public double? Accuracy => Count == 0 ? null : (double)Correct / Count;

    /// <summary>What the bot claimed on average; a calibrated bot's accuracy matches it.</summary>
    public double? MeanConfidence => Count == 0 ? null : ConfidenceSum / Count;
}

/// <summary>
/// Accuracy by confidence band (a reliability table), to see whether a reply's confidence can be trusted: the product
/// target is ≥ 97 % accuracy for replies at confidence ≥ 0.9. Finer bands at the top, where that target lives.
/// </summary>
public sealed class ReliabilityTable
{
    /// <summary>Lower edges of the bands after the first (&lt;0.5); each band includes its lower edge.</summary>
    private static readonly double[] Edges = [0.5, 0.7, 0.8, 0.9, 0.95];

    /// <summary>The confidence the product target is stated for.</summary>
    public const double High = 0.9;

    /// <summary>The accuracy the product target asks of replies at confidence ≥ <see cref="High"/>.</summary>
    public const double Target = 0.97;

    private ReliabilityTable(IReadOnlyList<ReliabilityBin> bins, ReliabilityBin high, ReliabilityBin highAnswers)
    {
        Bins = bins;
        HighConfidence = high;
        HighConfidenceAnswers = highAnswers;
    }

    public IReadOnlyList<ReliabilityBin> Bins { get; }

    /// <summary>Every reply at confidence ≥ 0.9, whatever its outcome: a confident decline or clarify can be wrong too.</summary>
    public ReliabilityBin HighConfidence { get; }

    /// <summary>Only the replies with outcome "answer" at confidence ≥ 0.9.</summary>
    public ReliabilityBin HighConfidenceAnswers { get; }

    public static ReliabilityTable From(IReadOnlyCollection<GradedReply> replies)
    {
        double[] bounds = [0, .. Edges, double.PositiveInfinity];
        var bins = new List<ReliabilityBin>();
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            var label = i == 0 ? $"<{Format(bounds[1])}" : i == bounds.Length - 2 ? $"≥{Format(bounds[i])}" : $"{Format(bounds[i])}–{Format(bounds[i + 1])}";
            bins.Add(Bin(label, bounds[i], bounds[i + 1], replies));
        }

        return new ReliabilityTable(
            bins,
            Bin($"≥{Format(High)}", High, double.PositiveInfinity, replies),
            Bin($"≥{Format(High)} answers", High, double.PositiveInfinity, [.. replies.Where(r => r.IsAnswer)]));
    }

    /// <summary>The table as eval prints it, after its accuracy lines.</summary>
    public IEnumerable<string> Lines()
    {
        yield return "reliability (accuracy by confidence)";
        yield return $"{"confidence",-16} {"count",5} {"correct",7} {"accuracy",8} {"mean conf",9}";
        foreach (var bin in Rows())
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{bin.Label,-16} {bin.Count,5} {bin.Correct,7} {Percent(bin.Accuracy),8} {bin.MeanConfidence?.ToString("0.000", CultureInfo.InvariantCulture) ?? "–",9}");
        }
    }

    /// <summary>The same rows as CSV (invariant culture, accuracy as a 0–1 fraction, empty for an empty band).</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("confidence,from,to,count,correct,accuracy,mean_confidence\n");
        foreach (var bin in Rows())
        {
            csv.Append(string.Create(CultureInfo.InvariantCulture,
                $"{bin.Label},{bin.From},{(double.IsPositiveInfinity(bin.To) ? "" : bin.To)},{bin.Count},{bin.Correct},{bin.Accuracy:0.0000},{bin.MeanConfidence:0.0000}\n"));
        }

        return csv.ToString();
    }

    /// <summary>"95.1%", or "–" when there is nothing to measure.</summary>
    public static string Percent(double? accuracy) =>
        accuracy is { } a ? string.Create(CultureInfo.InvariantCulture, $"{100 * a:0.0}%") : "–";

    private IEnumerable<ReliabilityBin> Rows() => [.. Bins, HighConfidence, HighConfidenceAnswers];

    private static ReliabilityBin Bin(string label, double from, double to, IEnumerable<GradedReply> replies)
    {
        // A confidence below zero would be a bug elsewhere; it still lands in the first band, so the bands add up to every reply.
        var inside = replies.Where(r => Math.Max(0, r.Confidence) >= from && r.Confidence < to).ToList();
        return new ReliabilityBin(label, from, to, inside.Count, inside.Count(r => r.Correct), inside.Sum(r => r.Confidence));
    }

    private static string Format(double edge) => edge.ToString("0.0#", CultureInfo.InvariantCulture);
}
