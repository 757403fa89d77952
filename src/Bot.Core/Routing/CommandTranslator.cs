using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing;

/// <summary>
/// Structured commands (/stats metric:imports year:2011, /timeline from:2010 to:2015, /faq topic:gsomia) carry their
/// options already parsed: they become a query directly instead of being classified from text.
/// </summary>
public static class CommandTranslator
{
    /// <summary>The text the command stands for (logged, and parsed for anything the options leave out).</summary>
    public static string ToText(StructuredCommand c, KnowledgeBase kb) => c.Name switch
    {
        "stats" => string.Join(' ', new[] { kb.Series(c.Option("metric") ?? "")?.Name ?? c.Option("metric"), c.Option("year"), c.Option("from"), c.Option("to") }.OfType<string>()),
        "timeline" => string.Join(' ', new[] { "timeline", c.Option("query"), c.Option("year") }.OfType<string>()),
        "faq" => kb.Faq(c.Option("topic") ?? "")?.Title ?? c.Option("topic") ?? "",
        "about" or "help" => "help",
        _ => c.Option("question") ?? "",
    };

    /// <summary>Overrides what the text parse found with the options the user picked.</summary>
    public static ParsedQuery Apply(StructuredCommand c, ParsedQuery q, KnowledgeBase kb)
    {
        int? year = c.IntOption("year"), from = c.IntOption("from"), to = c.IntOption("to");
        var withYears = q with
        {
            Years = year is { } y ? [y] : q.Years,
            From = from is { } fy ? new PartialDate(fy) : q.From,
            To = to is { } ty ? new PartialDate(ty) : q.To,
            Operation = (from ?? to) is not null && q.Operation == StatOperation.None ? StatOperation.Range : q.Operation,
        };

        return c.Name switch
        {
            "stats" when c.Option("metric") is { } metric && kb.Series(metric) is null && q.SeriesIds.Count == 0 =>
                // Echoed back in the answer's title: without control, bidi or zero-width characters.
                withYears with { UnknownMetric = TextNormalizer.Clean(metric), IsStructured = true, SeriesIds = [] },
            "stats" when kb.Series(c.Option("metric") ?? "") is { } s => withYears with { SeriesIds = [s.Id], FaqIds = [], GlossaryIds = [], EventIds = [], IsStructured = true },
            "faq" when kb.Faq(c.Option("topic") ?? "") is { } f => withYears with { FaqIds = [f.Id], SeriesIds = [], GlossaryIds = [], AsksWhatIs = true, IsStructured = true },
            "timeline" => withYears with { AsksTimeline = true, SeriesIds = [] },
            _ => withYears,
        };
    }
}
