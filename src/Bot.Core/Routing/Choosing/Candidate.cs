using Bot.Core.Answers;

namespace Bot.Core.Routing.Choosing;

/// <summary>
/// How well an intent's answer fits a question part, in the intent's own judgement: whether it gives the kind of answer
/// asked for, and how specific it is. How many of the question's words the answer covers is measured by the chooser, the
/// same way for every intent.
/// </summary>
/// <param name="TypeMatch">0–1: 1 when the answer is of the type asked (a date for "when", a figure for "how many").</param>
/// <param name="Specificity">0–1: 1 for one exact entry named by the question, lower for a topic overview or a guess.</param>
/// <param name="Decisive">Wins outright (a safety decline, an empty question): no other candidate is weighed.</param>
public sealed record Fit(double TypeMatch, double Specificity, bool Decisive = false)
{
    public static Fit Gate { get; } = new(1, 1, Decisive: true);
}

/// <summary>An answer one intent proposes for one question part.</summary>
public sealed record Candidate(Answer Answer, Fit Fit)
{
    public string Intent => Answer.Intent;
}
