using Bot.Core.Knowledge;
using Bot.Core.Routing.Reading;
using Bot.Core.Text;

namespace Bot.Core.Routing;

/// <summary>
/// Structured commands (/stats metric:imports year:2011, /timeline from:2010 to:2015, /faq topic:gsomia) carry their
/// options already parsed: they become a read question part directly instead of being classified from text.
/// </summary>
public static class CommandTranslator
{
    /// <summary>The text the command stands for (logged, and read for anything the options leave out).</summary>
    public static string ToText(StructuredCommand c, KnowledgeBase kb) => c.Name switch
    {
        "stats" => string.Join(' ', new[] { kb.Series(c.Option("metric") ?? "")?.Name ?? c.Option("metric"), c.Option("year"), c.Option("from"), c.Option("to") }.OfType<string>()),
        "timeline" => string.Join(' ', new[] { "timeline", c.Option("query"), c.Option("year") }.OfType<string>()),
        "faq" => kb.Faq(c.Option("topic") ?? "")?.Title ?? c.Option("topic") ?? "",
        "about" or "help" => "help",
        _ => c.Option("question") ?? "",
    };

    /// <summary>Overrides what reading the text found with the options the user picked.</summary>
    public static QuestionPart Apply(StructuredCommand c, QuestionPart part, KnowledgeBase kb)
    {
        int? year = c.IntOption("year"), from = c.IntOption("from"), to = c.IntOption("to");
        var period = part.Period with
        {
            Years = year is { } y ? [y] : part.Period.Years,
            From = from is { } fy ? new PartialDate(fy) : part.Period.From,
            To = to is { } ty ? new PartialDate(ty) : part.Period.To,
        };
        var asking = (from ?? to) is not null && part.Asking.Operation == StatOperation.None
            ? part.Asking with { Operation = StatOperation.Range }
            : part.Asking;
        var withYears = part with { Period = period, Asking = asking, IsStructured = c.Name is "stats" or "faq" };

        return c.Name switch
        {
            "stats" when c.Option("metric") is { } metric && kb.Series(metric) is null && part.Targets.SeriesIds.Count == 0 =>
                // Echoed back in the answer's title: without control, bidi or zero-width characters.
                withYears with { Targets = Targets.None with { UnknownMetric = TextNormalizer.Clean(metric) }, Asking = asking with { Type = AnswerType.Number } },
            "stats" when kb.Series(c.Option("metric") ?? "") is { } s =>
                withYears with { Targets = Targets.None with { SeriesIds = [s.Id], SeriesNamed = true }, Asking = asking with { Type = AnswerType.Number } },
            "faq" when kb.Faq(c.Option("topic") ?? "") is { } f =>
                withYears with { Targets = Targets.None with { FaqIds = [f.Id] }, Asking = asking with { Type = AnswerType.Definition } },
            "timeline" => withYears with
            {
                Targets = withYears.Targets with { SeriesIds = [], SeriesNamed = false },
                Asking = asking with { Type = AnswerType.Events },
            },
            _ => withYears,
        };
    }
}
