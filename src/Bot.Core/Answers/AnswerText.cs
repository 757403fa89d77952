using System.Text;
using Bot.Core.Answers.Templates;

namespace Bot.Core.Answers;

/// <summary>The whole answer as a person reads it in plain text (console, JSON "text", fallbacks).</summary>
public static class AnswerText
{
    public static string Render(Answer answer)
    {
        var t = AnswerTemplates.For(answer.Lang);
        var sb = new StringBuilder();
        sb.AppendLine(answer.Title);
        sb.AppendLine();
        sb.AppendLine(answer.Body.TrimEnd());
        if (answer.Sources.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(t.SourcesHeading);
            for (var i = 0; i < answer.Sources.Count; i++)
            {
                var s = answer.Sources[i];
                sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"  [{i + 1}] {s.Publisher}, \"{s.Title}\"");
                if (s.Date is { } d)
                {
                    sb.Append(System.Globalization.CultureInfo.InvariantCulture, $" ({d})");
                }

                if (s.Url is not null)
                {
                    sb.Append(' ').Append(s.Url);
                }

                sb.AppendLine();
            }
        }

        if (answer.AsOf is { } asOf && answer.Outcome == Outcome.Answer)
        {
            sb.AppendLine();
            sb.AppendLine(t.KnowledgeAsOf(asOf.ToDisplay(answer.Lang)));
        }

        if (answer.Suggestions.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(t.YouCouldAlsoAsk + string.Join(" · ", answer.Suggestions));
        }

        return sb.ToString().TrimEnd();
    }
}
