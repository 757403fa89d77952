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

    /// <summary>
    /// The passage <paramref name="chunkId"/> in <paramref name="lang"/>, built as the English one is: a free-form answer to a
    /// Korean or Japanese question quotes the entry's own translation, not the English it was found by. Null when the id names
    /// nothing in <paramref name="kb"/>; <see cref="KnowledgeChunk"/>'s text falls back to English where a field is untranslated
    /// (<paramref name="translated"/> says whether the entry had a translation).
    /// </summary>
    public static KnowledgeChunk? InLanguage(string chunkId, KnowledgeBase kb, Lang lang, out bool translated)
    {
        translated = lang == Lang.En;
        if (!ChunkId.TryParse(chunkId, out var kind, out var id, out var section))
        {
            return null;
        }

        switch (kind)
        {
            case ChunkKinds.Faq when kb.Faq(id) is { } faq:
                var ft = faq.For(lang);
                translated = ft.Lang == lang;
                return section == 0 ? new KnowledgeChunk(chunkId, kind, ft.Title, Plain(ft.Summary), faq.SourceIds, faq.Aliases, faq.Questions)
                    : section <= ft.Sections.Count ? new KnowledgeChunk(chunkId, kind, $"{ft.Title}: {ft.Sections[section - 1].Heading}",
                        Plain(ft.Sections[section - 1].Body), faq.SourceIds, [], [])
                    : null;
            case ChunkKinds.Event when kb.Event(id) is { } e:
                translated = e.Text(lang).Lang == lang;
                return Event(e, lang);
            case ChunkKinds.Series when kb.Statistics.FirstOrDefault(s => s.Id == id) is { } series:
                translated = series.Text(lang).Lang == lang;
                return Series(series, lang);
            case ChunkKinds.Term when kb.Term(id) is { } term:
                translated = term.Text(lang).Lang == lang;
                return Term(term, lang);
            default:
                return null;
        }
    }

    private static KnowledgeChunk Event(TimelineEvent e) => Event(e, Lang.En);

    private static KnowledgeChunk Event(TimelineEvent e, Lang lang)
    {
        var text = e.Text(lang);
        var when = e.EndDate is { } end ? $"{e.Date.ToDisplay(lang)} – {end.ToDisplay(lang)}" : e.Date.ToDisplay(lang);
        var note = text.DateNote is null ? "" : $" ({text.DateNote})";
        return new KnowledgeChunk(ChunkId.Of(ChunkKinds.Event, e.Id), ChunkKinds.Event, text.Title,
            $"{when}{note}: {text.Summary} {text.Significance}", e.SourceIds, e.Aliases, e.Tags);
    }

    private static KnowledgeChunk Series(StatSeries s) => Series(s, Lang.En);

    private static KnowledgeChunk Series(StatSeries s, Lang lang)
    {
        // Figures first, as people read them ("2011: $68.3 bn"), with the flag spoken so a quoted figure never loses its
        // caveat: when no sentence matches the question, the composer keeps the opening ones, and the figures are the point.
        var words = ChunkWords.For(lang);
        var t = s.Text(lang);
        var text = new StringBuilder($"{t.Name}{words.Figures}")
            .AppendJoin(words.ListSeparator, s.Points.OrderBy(p => p.Year).Select(p => $"{p.LabelIn(lang)}: {s.Unit.Format(p.Value, lang)}{AnswerParts.FlagNote(p.Flag, lang)}"))
            .Append(words.FullStop).Append(t.Definition.TrimEnd('.', '。')).Append(words.End);
        if (!string.IsNullOrWhiteSpace(t.Notes))
        {
            text.Append(words.Space).Append(t.Notes.Trim());
        }

        if (s.Gaps.Count > 0)
        {
            text.Append(words.NoFigureFor(string.Join(", ", s.Gaps.Select(g => g.Year.ToString(CultureInfo.InvariantCulture)))));
        }

        var sources = s.Points.SelectMany(p => p.SourceIds).Distinct(StringComparer.Ordinal).ToList();
        return new KnowledgeChunk(ChunkId.Of(ChunkKinds.Series, s.Id), ChunkKinds.Series, t.Name, text.ToString(),
            sources, s.Aliases, [s.Category]);
    }

    private static KnowledgeChunk Term(GlossaryTerm t) => Term(t, Lang.En);

    private static KnowledgeChunk Term(GlossaryTerm t, Lang lang)
    {
        var words = ChunkWords.For(lang);
        var own = t.Text(lang);
        var text = new StringBuilder($"{t.Name(lang)} {words.OtherNames(t)}: {own.Description.TrimEnd('.', '。')}{words.End}");
        if (!string.IsNullOrWhiteSpace(own.Note))
        {
            text.Append(words.Space).Append(own.Note.Trim());
        }

        if (t.InOfficeFrom is { } from && lang == Lang.En)
        {
            text.Append(CultureInfo.InvariantCulture, $" {t.Office ?? "In office"} from {from.ToDisplay()}")
                .Append(t.InOfficeTo is { } to ? $" to {to.ToDisplay()}." : ".");
        }

        // Glossary entries carry no sources of their own: an answer quoting one cites nothing rather than borrowing.
        return new KnowledgeChunk(ChunkId.Of(ChunkKinds.Term, t.Id), ChunkKinds.Term, t.Name(lang), text.ToString(),
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
