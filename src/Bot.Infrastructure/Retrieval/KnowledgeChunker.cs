using Bot.Core.Abstractions;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Retrieval;

/// <summary>Cuts a knowledge snapshot into passages. Pure: the same snapshot always gives the same chunks (and hashes).</summary>
public static partial class KnowledgeChunker
{
    public static IReadOnlyList<KnowledgeChunk> Chunk(KnowledgeBase kb)
    {
        var chunks = new List<KnowledgeChunk>();
        foreach (var faq in kb.Faqs)
        {
            // Sample questions and aliases go with the summary only: they name the topic, not one section of it, and on
            // every section they made short sections outrank the summary for a bare "독도?".
            chunks.Add(new KnowledgeChunk(ChunkId.Faq(faq.Id, 0), ChunkKinds.Faq, faq.Title, Plain(faq.Summary),
                faq.SourceIds, faq.Aliases, faq.Questions));
            for (var i = 0; i < faq.Sections.Count; i++)
            {
                var section = faq.Sections[i];
                chunks.Add(new KnowledgeChunk(ChunkId.Faq(faq.Id, i + 1), ChunkKinds.Faq, $"{faq.Title}: {section.Heading}",
                    Plain(section.Body), faq.SourceIds, [], []));
            }
        }

        chunks.AddRange(kb.Timeline.Select(Event));
        chunks.AddRange(kb.Statistics.Select(Series));
        chunks.AddRange(kb.Glossary.Select(Term));
        return chunks;
    }

    private static KnowledgeChunk Event(TimelineEvent e)
    {
        var when = e.EndDate is { } end ? $"{e.Date.ToDisplay()} – {end.ToDisplay()}" : e.Date.ToDisplay();
        var note = e.DateNote is null ? "" : $" ({e.DateNote})";
        return new KnowledgeChunk(ChunkId.Of(ChunkKinds.Event, e.Id), ChunkKinds.Event, e.Title,
            $"{when}{note}: {e.Summary} {e.Significance}", e.SourceIds, e.Aliases, e.Tags);
    }

    private static KnowledgeChunk Series(StatSeries s)
    {
        // Figures first, as people read them ("2011: $68.3 bn"), with the flag spoken so a quoted figure never loses its
        // caveat: when no sentence matches the question, the composer keeps the opening ones, and the figures are the point.
        var text = new StringBuilder($"{s.Name}, figures: ")
            .AppendJoin("; ", s.Points.OrderBy(p => p.Year).Select(p => $"{p.Label}: {s.Unit.Format(p.Value)}{AnswerParts.FlagNote(p.Flag)}"))
            .Append(". ").Append(s.Definition.TrimEnd('.')).Append('.');
        if (!string.IsNullOrWhiteSpace(s.Notes))
        {
            text.Append(' ').Append(s.Notes.Trim());
        }

        if (s.Gaps.Count > 0)
        {
            text.Append(" No verified figure for ")
                .AppendJoin(", ", s.Gaps.Select(g => g.Year.ToString(CultureInfo.InvariantCulture))).Append('.');
        }

        var sources = s.Points.SelectMany(p => p.SourceIds).Distinct(StringComparer.Ordinal).ToList();
        return new KnowledgeChunk(ChunkId.Of(ChunkKinds.Series, s.Id), ChunkKinds.Series, s.Name, text.ToString(),
            sources, s.Aliases, [s.Category]);
    }

    private static KnowledgeChunk Term(GlossaryTerm t)
    {
        var text = new StringBuilder($"{t.English} (Korean {t.Korean}, Japanese {t.Japanese}): {t.Description.TrimEnd('.')}.");
        if (!string.IsNullOrWhiteSpace(t.Note))
        {
            text.Append(' ').Append(t.Note.Trim());
        }

        if (t.InOfficeFrom is { } from)
        {
            text.Append(CultureInfo.InvariantCulture, $" {t.Office ?? "In office"} from {from.ToDisplay()}")
                .Append(t.InOfficeTo is { } to ? $" to {to.ToDisplay()}." : ".");
        }

        // Glossary entries carry no sources of their own: an answer quoting one cites nothing rather than borrowing.
        return new KnowledgeChunk(ChunkId.Of(ChunkKinds.Term, t.Id), ChunkKinds.Term, t.English, text.ToString(),
            [], [t.Korean, t.Japanese, .. t.Aliases], [t.Kind]);
    }

    /// <summary>Markdown to plain sentences: answers quote it and adapters render their own emphasis.</summary>
    internal static string Plain(string markdown)
    {
        var text = MarkdownLink().Replace(markdown, "$1");
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Bullet);
        return Whitespace().Replace(string.Join(' ', lines), " ").Trim();
    }

    /// <summary>A bullet is a sentence of its own: drop the marker and give it an end so sentence selection can cut there.</summary>
    private static string Bullet(string line)
    {
        if (!ListMarker().IsMatch(line))
        {
            return line;
        }

        var item = ListMarker().Replace(line, "");
        return item.Length > 0 && !".!?:;".Contains(item[^1], StringComparison.Ordinal) ? item + "." : item;
    }

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]+\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^(?:[-*+]|\d+\.)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
