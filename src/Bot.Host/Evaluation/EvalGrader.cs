namespace Bot.Host.Evaluation;

/// <summary>Grades one answer against its case; the reasons say exactly which expectation failed.</summary>
public static class EvalGrader
{
    public static IReadOnlyList<string> Failures(EvalCase c, string outcome, string text)
    {
        var failures = new List<string>();
        if (!string.Equals(c.Expect, outcome, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"expected {c.Expect}, got {outcome}");
        }

        foreach (var group in c.MustInclude)
        {
            if (!group.Any(alt => text.Contains(alt, StringComparison.OrdinalIgnoreCase)))
            {
                failures.Add($"missing one of [{string.Join(" | ", group)}]");
            }
        }

        foreach (var banned in c.MustNotInclude.Where(b => text.Contains(b, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"contains \"{banned}\"");
        }

        return failures;
    }
}
