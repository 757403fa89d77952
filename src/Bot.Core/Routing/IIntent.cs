using Bot.Core.Routing.Choosing;

namespace Bot.Core.Routing;

/// <summary>
/// One kind of answer. Every intent that can answer a part proposes a candidate and says how well it fits; the router's
/// one choice step (<see cref="CandidateChooser"/>) picks the winner.
/// </summary>
public interface IIntent
{
    string Name { get; }

    /// <summary>
    /// Cheap intents answer from the routing index alone (well under a millisecond); expensive ones (retrieval) are asked
    /// only when no cheap candidate fits well.
    /// </summary>
    bool IsExpensive => false;

    /// <summary>A candidate answer, or null when this intent has nothing to say about the part.</summary>
    ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken);
}
