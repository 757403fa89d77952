using System.Collections.Concurrent;

namespace Bot.Core.Routing.Index;

/// <summary>
/// The terms of candidate answers' texts (and of the names questions use for the entries), remembered per knowledge
/// snapshot. The same entry's answer is a candidate for many questions, and cutting its title, body and sentences into
/// terms for every candidate of every question was the largest cost of choosing in the profile. Bounded: when full it
/// starts again, so a flood of distinct texts costs memory once, not without end. The sets handed out are shared and must
/// not be changed.
/// </summary>
public sealed class AnswerTextTerms
{
    /// <summary>Far more than the distinct answer texts one snapshot produces (≈ a few thousand), and ≈ 10–20 MB at most.</summary>
    private const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, HashSet<string>> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _sentences = new(StringComparer.Ordinal);

    /// <summary>The terms of a text, as <see cref="PassageIndex.TermsOf"/> cuts them.</summary>
    public IReadOnlySet<string> Of(string text) => Remember(_terms, text, PassageIndex.TermsOf);

    /// <summary>A text's sentences, as <see cref="PassageIndex.Sentences"/> splits them.</summary>
    public IReadOnlyList<string> SentencesOf(string text) => Remember(_sentences, text, t => [.. PassageIndex.Sentences(t)]);

    private static T Remember<T>(ConcurrentDictionary<string, T> memo, string text, Func<string, T> make)
    {
        if (memo.TryGetValue(text, out var found))
        {
            return found;
        }

        var made = make(text);
        if (memo.Count >= Capacity)
        {
            memo.Clear();
        }

        memo.TryAdd(text, made);
        return made;
    }
}
