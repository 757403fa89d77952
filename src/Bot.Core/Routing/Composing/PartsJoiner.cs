using System.Text;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Routing.Composing;

/// <summary>A message of several questions gets one reply: each part's answer in order, under its own heading.</summary>
public static class PartsJoiner
{
    public static Answer Join(IReadOnlyList<Answer> answers, KnowledgeBase kb)
    {
        // "何年かかって、何回行われた？": when one entry answers both parts, it is told once.
        answers = [.. answers.DistinctBy(a => (a.Title, a.Body.Trim()))];
        if (answers.Count == 1)
        {
            return answers[0];
        }

        var body = new StringBuilder();
        foreach (var a in answers)
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            body.Append("**").Append(a.Title).Append("**\n").Append(a.Body.Trim());
        }

        var first = answers.FirstOrDefault(a => a.Outcome == Outcome.Answer) ?? answers[0];
        return new Answer
        {
            Outcome = answers.Any(a => a.Outcome == Outcome.Answer) ? Outcome.Answer : answers[0].Outcome,
            Intent = first.Intent,
            Title = string.Join(" · ", answers.Select(a => a.Title).Distinct(StringComparer.Ordinal)),
            Body = body.ToString(),
            Facts = [.. answers.SelectMany(a => a.Facts).Take(10)],
            Sources = [.. answers.SelectMany(a => a.Sources).DistinctBy(s => s.Id)],
            Suggestions = first.Suggestions,
            Confidence = answers.Min(a => a.Confidence),
            AsOf = kb.AsOf,
            Chart = answers.Select(a => a.Chart).FirstOrDefault(c => c is not null),
            ForAskerOnly = answers.All(a => a.ForAskerOnly),
            Context = answers.Select(a => a.Context).LastOrDefault(c => c is not null),
            Lang = first.Lang,
        };
    }
}
