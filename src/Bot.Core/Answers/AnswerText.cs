using System.Text;

namespace Bot.Core.Answers;

/// <summary>The whole answer as a person reads it in plain text (console, JSON "text", fallbacks).</summary>
public static class AnswerText
{
    public static string Render(Answer answer)
    {
        var sb = new StringBuilder();
        sb.AppendLine(answer.Title);
        sb.AppendLine();
        sb.AppendLine(answer.Body.TrimEnd());
        if (answer.Sources.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("Sources:");
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
            sb.AppendLine($"Knowledge as of {asOf.ToDisplay()}.");
        }

        if (answer.Suggestions.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine("You could also ask: " + string.Join(" · ", answer.Suggestions));
        }

        return sb.ToString().TrimEnd();
    }
}
