using Bot.Core.Abstractions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing;
using Bot.Core.Text;
using Microsoft.Extensions.Options;

namespace Bot.Infrastructure.Retrieval;

/// <summary>
/// The default free-form answer: the best passage(s) trimmed to the question, numbered citations, the as-of date
/// and the retriever's calibrated confidence. Below <see cref="RetrievalOptions.MinConfidence"/> it returns null,
/// as <see cref="IAnswerComposer"/> specifies, and the free-form intent says it doesn't know and names the closest
/// topics. A contested topic always carries both governments' positions.
/// </summary>
public sealed class ExtractiveAnswerComposer(IOptions<RetrievalOptions> options) : IAnswerComposer
{
    internal const int MaxSupportingPassages = 1;
    internal const int MaxCitationsPerPassage = 3;

    // A supporting passage must be nearly as good as the best one, or it dilutes the answer.
    private const double SupportingRatio = 0.85;

    // Within this much of the best score, a passage that can cite sources is preferred as the lead over one that cannot
    // (glossary lines carry no sources, and often just restate the FAQ summary).
    private const double SourcedLeadMargin = 0.05;

    public ValueTask<Answer?> ComposeAsync(RouteContext context, RetrievalResult retrieved, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Plan(context, retrieved) is { } plan ? Render(plan) : null);

    /// <summary>Chooses the passages and citations, or null when nothing retrieved is confident enough.</summary>
    public AnswerPlan? Plan(RouteContext context, RetrievalResult retrieved)
    {
        var kb = context.Knowledge;
        var minimum = options.Value.MinConfidence;
        var ranked = retrieved.Passages.OrderByDescending(p => p.Score).ToList();
        if (ranked.Count == 0 || ranked[0].Score < minimum || ranked[0].Score <= 0)
        {
            return null;
        }

        var primary = ranked.FirstOrDefault(p => p.SourceIds.Count > 0 && p.Score >= ranked[0].Score - SourcedLeadMargin) ?? ranked[0];
        var chosen = new List<(RetrievedPassage Passage, bool IsPosition)> { (primary, false) };

        // A contested topic gets its two positions instead of supporting passages: three paragraphs are enough to read.
        var contested = ContestedTopic(primary, kb);
        if (contested is null)
        {
            chosen.AddRange(ranked
                .Where(p => p != primary && p.Score >= Math.Max(minimum, primary.Score * SupportingRatio))
                .Take(MaxSupportingPassages)
                .Select(p => (p, false)));
        }
        else
        {
            // Positions go last, Seoul then Tokyo, whichever side the retriever happened to find first.
            var terms = QuestionTerms(context.Part.Wording.Original);
            var positions = new[] { "Seoul", "Tokyo" }
                .Select(side => BestPosition(contested, side, terms))
                .OfType<RetrievedPassage>()
                .ToList();
            chosen.RemoveAll(c => positions.Any(p => p.Id == c.Passage.Id));
            chosen.AddRange(positions.Select(p => (p, true)));
        }

        var sources = new List<Source>();
        var lang = context.Lang;
        var untranslated = false;
        var planned = chosen.Select(c =>
        {
            var passage = InLanguage(c.Passage, kb, lang, ref untranslated);
            return new PlannedPassage(passage, Label(passage, kb, lang), Cite(passage, kb, sources), c.IsPosition);
        }).ToList();
        var parsed = ChunkId.TryParse(primary.Id, out var kind, out var entryId, out _);
        var faqId = parsed && kind == ChunkKinds.Faq ? entryId : contested?.Id;
        var eventId = parsed && kind == ChunkKinds.Event ? entryId : null;
        return new AnswerPlan(context, Heading(primary, kb, lang), planned, sources, Math.Round(primary.Score, 2), faqId, eventId,
            Suggestions(ranked, kb, faqId)) { Untranslated = untranslated };
    }

    /// <summary>The extractive wording of a plan: one paragraph per passage, each ending with its citations.</summary>
    public static Answer Render(AnswerPlan plan)
    {
        var terms = QuestionTerms(plan.Context.Part.Wording.Original);
        var paragraphs = plan.Passages.Select((p, i) =>
        {
            var text = SentenceSelector.Select(p.Passage.Text, terms, i == 0 && !p.IsPosition ? 3 : 2);
            var cite = p.CitationMarks.Length == 0 ? "" : " " + p.CitationMarks;
            return $"**{p.Label}**: {text}{cite}";
        });
        var body = string.Join("\n\n", paragraphs);
        var t = AnswerTemplates.For(plan.Context.Lang);
        if (plan.IsContested)
        {
            body += "\n\n" + t.PositionsNotFindings;
        }

        if (plan.Untranslated)
        {
            body += "\n\n" + t.Untranslated;
        }

        return plan.ToAnswer(body);
    }

    internal static IReadOnlySet<string> QuestionTerms(string question)
    {
        var folded = TextNormalizer.Fold(TextNormalizer.Clean(question));
        return TextAnalysis.EnglishTerms(folded).Concat(TextAnalysis.CjkTerms(folded)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The contested FAQ topic a passage belongs to or points at, if any.</summary>
    private static FaqEntry? ContestedTopic(RetrievedPassage passage, KnowledgeBase kb)
    {
        if (!ChunkId.TryParse(passage.Id, out var kind, out var id, out _))
        {
            return null;
        }

        var topics = kind switch
        {
            ChunkKinds.Faq => [id],
            ChunkKinds.Event => kb.Event(id)?.RelatedFaq ?? [],
            ChunkKinds.Term => kb.Term(id)?.RelatedFaq ?? [],
            _ => [],
        };
        return topics.Select(kb.Faq).FirstOrDefault(f => f is { Contested: true, Positions.Count: > 0 });
    }

    /// <summary>The side's position section that best matches the question ("in 2019" vs "since 2023"); the first on a tie.</summary>
    private static RetrievedPassage? BestPosition(FaqEntry faq, string side, IReadOnlySet<string> terms)
    {
        var best = faq.Sections
            .Select((s, i) => (Section: s, Number: i + 1))
            .Where(s => s.Section.Heading.StartsWith(side, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => TextAnalysis.EnglishTerms(s.Section.Heading + " " + s.Section.Body).Distinct().Count(terms.Contains))
            .ThenBy(s => s.Number)
            .Select(s => ((FaqSection, int)?)s)
            .FirstOrDefault();
        return best is var (section, number)
            ? new RetrievedPassage(ChunkId.Faq(faq.Id, number), ChunkKinds.Faq, $"{faq.Title}: {section.Heading}",
                KnowledgeChunker.Plain(section.Body), faq.SourceIds, 0)
            : null;
    }

    /// <summary>Adds the passage's sources to the answer's list (once each) and returns their numbers.</summary>
    private static List<int> Cite(RetrievedPassage passage, KnowledgeBase kb, List<Source> sources)
    {
        var numbers = new List<int>();
        foreach (var source in kb.SourcesFor(passage.SourceIds).Take(MaxCitationsPerPassage))
        {
            var at = sources.FindIndex(s => s.Id == source.Id);
            if (at < 0)
            {
                sources.Add(source);
                at = sources.Count - 1;
            }

            numbers.Add(at + 1);
        }

        return numbers;
    }

    /// <summary>
    /// The passage as the asker reads it: a Korean or Japanese question is answered from the entry's translation (same
    /// id, sources and score); <paramref name="untranslated"/> turns true when an entry had none and stays English.
    /// </summary>
    private static RetrievedPassage InLanguage(RetrievedPassage passage, KnowledgeBase kb, Lang lang, ref bool untranslated)
    {
        if (lang == Lang.En || KnowledgeChunker.InLanguage(passage.Id, kb, lang, out var translated) is not { } local)
        {
            return passage;
        }

        untranslated |= !translated;
        return passage with { Title = local.Title, Text = local.Text };
    }

    /// <summary>A section's own heading ("Tokyo's position"), otherwise the passage title.</summary>
    private static string Label(RetrievedPassage passage, KnowledgeBase kb, Lang lang) =>
        ChunkId.TryParse(passage.Id, out var kind, out var id, out var section) && kind == ChunkKinds.Faq && section > 0
            && kb.Faq(id)?.For(lang) is { } faq && section <= faq.Sections.Count
            ? faq.Sections[section - 1].Heading
            : passage.Title;

    /// <summary>The answer's title: the FAQ topic for FAQ passages, otherwise the passage title.</summary>
    private static string Heading(RetrievedPassage passage, KnowledgeBase kb, Lang lang) =>
        ChunkId.TryParse(passage.Id, out var kind, out var id, out _) && kind == ChunkKinds.Faq && kb.Faq(id) is { } faq
            ? faq.For(lang).Title
            : KnowledgeChunker.InLanguage(passage.Id, kb, lang, out _)?.Title ?? passage.Title;

    /// <summary>The first sample question of other topics the retriever found, as "you could also ask".</summary>
    private static List<string> Suggestions(IEnumerable<RetrievedPassage> ranked, KnowledgeBase kb, string? answeredFaq) =>
        [.. ranked
            .Select(p => ChunkId.TryParse(p.Id, out var kind, out var id, out _) && kind == ChunkKinds.Faq ? kb.Faq(id) : null)
            .OfType<FaqEntry>()
            .Where(f => f.Id != answeredFaq && f.Questions.Count > 0)
            .DistinctBy(f => f.Id)
            .Take(3)
            .Select(f => f.Questions[0])];
}
