using System.Text.RegularExpressions;

namespace Bot.Core.Routing.Reading;

/// <summary>What a statistics question asks to be worked out from the figures, beyond reading one of them.</summary>
public enum Computation
{
    None,
    /// <summary>"How many more … in 2025 than in 2019?": one figure minus another.</summary>
    Difference,
    /// <summary>"How many times bigger …?", "for every …": one figure divided by another.</summary>
    Ratio,
    /// <summary>"Was it bigger in 2022 or in 2018?": which of two figures is larger.</summary>
    Larger,
}

/// <summary>
/// Reads the arithmetic a statistics question asks for from its wording, in English, Korean and Japanese. Kept apart
/// from <see cref="AnswerTypeReader"/>'s operations: a ratio or a sum is asked on top of a year, a change or a
/// comparison, not instead of them.
/// </summary>
public static partial class ComputationReader
{
    public static Computation Read(string folded) =>
        Ratio().IsMatch(folded) ? Computation.Ratio
        : Difference().IsMatch(folded) ? Computation.Difference
        : Larger().IsMatch(folded) ? Computation.Larger
        : Computation.None;

    /// <summary>"Total", "exports + imports", "bilateral trade": the figures named are added up.</summary>
    public static bool Combined(string folded) => Sum().IsMatch(folded);

    [GeneratedRegex(@"\b(how many times|times (more|bigger|larger|higher|greater|as (many|much|big|large|high))|for every|per each|ratio)\b|몇 배|배나|何倍|倍")]
    private static partial Regex Ratio();

    [GeneratedRegex(@"\bhow (many|much) (more|fewer|less|higher|lower|bigger|smaller|larger)\b|\bhow (many|much) (\w+ ){1,3}(more|fewer|less) than\b|몇 명 더|얼마나 더|얼마 더|何人多|何人少|どれだけ多|どれくらい多")]
    private static partial Regex Difference();

    [GeneratedRegex(@"\b(bigger|larger|higher|greater|more|smaller|lower|less)\b.{0,40}\b(1[89][0-9]{2}|20[0-9]{2})\b.{0,6}\bor\b|\bwhich (year )?(was|is|had) (bigger|larger|higher|greater)\b|어느 해가 더|どちらの年|どっちが(多|大き)")]
    private static partial Regex Larger();

    [GeneratedRegex(@"\b(total|combined|together|altogether|in all|sum|add up|bilateral trade|two-way trade|two way trade)\b|exports? ?\+ ?imports?|imports? ?\+ ?exports?|합계|합쳐|총액|총 교역|교역액|교역 규모|総額|合計|合わせ|貿易総額|往復貿易")]
    private static partial Regex Sum();
}
