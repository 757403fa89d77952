using Bot.Core.Knowledge;

namespace Bot.Infrastructure.Knowledge.Localization;

/// <summary>
/// One translated text next to the English text it translates (an event's summary, an FAQ section…), with where it is
/// written, so the checks can name file:line.
/// </summary>
/// <param name="Subject">What the text is, for messages: "event 'gsomia-signed', summary".</param>
/// <param name="Line">The file line of the text (of an FAQ section: its heading).</param>
/// <param name="IsHeading">A title, name or heading: short, and in Japanese it may be all kanji.</param>
/// <param name="AllowedFigures">Figures a curator's <c>figures:</c> comment allows to differ from the English here.</param>
/// <param name="Lines">The file lines the text spans, from <paramref name="Line"/> on, to point at the line of a word.</param>
/// <param name="CompareFigures">False for a part whose figures are compared with the whole it belongs to (an FAQ heading).</param>
internal sealed record TranslatedField(
    Lang Lang,
    ProblemLog Log,
    string Subject,
    int Line,
    string English,
    string Text,
    bool IsHeading,
    IReadOnlySet<decimal> AllowedFigures,
    IReadOnlyList<string> Lines,
    bool CompareFigures = true)
{
    /// <summary>The file line where <paramref name="snippet"/> first appears in this text; the text's own line otherwise.</summary>
    public int LineOf(string snippet)
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Contains(snippet, StringComparison.Ordinal))
            {
                return Line + i;
            }
        }

        return Line;
    }

    /// <summary>Reports a problem with this text at the line of <paramref name="snippet"/> (or of the text).</summary>
    public void Report(string message, string? snippet = null) =>
        Log.At(snippet is null ? Line : LineOf(snippet), $"{Subject}: {message}");
}
