using Bot.Core.Routing.Index;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Choosing;

/// <summary>A candidate with the score the choice step gave it.</summary>
public sealed record ScoredCandidate(Candidate Candidate, double Score, double Coverage);

/// <summary>
/// The one place an answer is chosen: every candidate is scored on whether it is the kind of answer asked for, how much
/// of the question it covers and how specific it is; the highest score wins, and ties go to the intent listed first.
/// The score is also the answer's confidence.
/// </summary>
public static class CandidateChooser
{
    public const double TypeWeight = 0.45;
    public const double CoverageWeight = 0.35;
    public const double SpecificityWeight = 0.20;

    /// <summary>A cheap candidate scoring this much is answer enough: retrieval is not asked.</summary>
    public const double GoodEnough = 0.72;

    public static IReadOnlyList<ScoredCandidate> Rank(IReadOnlyList<Candidate> candidates, QuestionPart part, RoutingIndex index)
    {
        var query = Coverage.QueryTerms(part);
        return [.. candidates
            .Select((c, order) => (c, order, coverage: Coverage.Of(c.Answer, part, query, index)))
            .Select(x => (x.order, scored: new ScoredCandidate(x.c, Score(x.c.Fit, x.coverage), x.coverage)))
            // Stable: equal scores keep the pipeline's order, the single tie-break rule.
            .OrderByDescending(x => Math.Round(x.scored.Score, 6))
            .ThenBy(x => x.order)
            .Select(x => x.scored)];
    }

    public static double Score(Fit fit, double coverage) =>
        fit.Decisive ? 1 : Math.Clamp((TypeWeight * fit.TypeMatch) + (CoverageWeight * coverage) + (SpecificityWeight * fit.Specificity), 0, 1);
}
