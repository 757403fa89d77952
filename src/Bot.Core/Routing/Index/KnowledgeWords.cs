using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Index;

/// <summary>Every word that appears anywhere in the knowledge base: a question using one is probably in scope.</summary>
public static class KnowledgeWords
{
    public static HashSet<string> Build(KnowledgeBase k)
    {
        var texts = k.Timeline.SelectMany(e => new[] { e.Title, e.Summary, e.Significance })
            .Concat(k.Faqs.SelectMany(f => f.Sections.Select(s => s.Body).Append(f.Summary).Append(f.Title)))
            .Concat(k.Glossary.Select(g => g.English + " " + g.Description))
            .Concat(k.Statistics.Select(s => s.Name + " " + s.Definition));
        return texts.SelectMany(t => Tokenizer.Words(TextNormalizer.Fold(t))).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);
    }
}
