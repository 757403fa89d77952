using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Index;

/// <summary>
/// The term sets the FAQ intent and the "closest topics" line compare a question with: each topic's title, summary and
/// aliases, each listed phrasing, each section. Built once per knowledge snapshot; cutting these texts for every
/// question was a fifth of routing's time in the profile.
/// </summary>
public sealed class FaqTerms
{
    private readonly Dictionary<string, HashSet<string>> _topics = new(StringComparer.Ordinal);
    private readonly Dictionary<FaqSection, HashSet<string>> _sections = new(ReferenceEqualityComparer.Instance);

    public FaqTerms(KnowledgeBase kb)
    {
        foreach (var f in kb.Faqs)
        {
            _topics.TryAdd(f.Id, TopicTermsOf(f));
            foreach (var s in f.Sections)
            {
                _sections.TryAdd(s, SectionTermsOf(s));
            }
        }

        Phrasings = [.. kb.Faqs.SelectMany(f => f.Questions.Select(q => (Faq: f, Terms: Terms.SetOf(q))))];
    }

    /// <summary>Every phrasing listed under a topic's <c>questions:</c>, with its terms, in file order.</summary>
    public IReadOnlyList<(FaqEntry Faq, HashSet<string> Terms)> Phrasings { get; }

    /// <summary>The terms of a topic's title, summary and aliases.</summary>
    public IReadOnlySet<string> Topic(FaqEntry faq) =>
        _topics.TryGetValue(faq.Id, out var terms) ? terms : TopicTermsOf(faq);

    /// <summary>The terms of a section's heading and body (a section of another snapshot's copy is cut on the spot).</summary>
    public IReadOnlySet<string> Section(FaqSection section) =>
        _sections.TryGetValue(section, out var terms) ? terms : SectionTermsOf(section);

    private static HashSet<string> TopicTermsOf(FaqEntry f) => Terms.SetOf(f.Title + " " + f.Summary + " " + string.Join(' ', f.Aliases));

    private static HashSet<string> SectionTermsOf(FaqSection s) => Terms.SetOf(s.Heading + " " + s.Body);
}
