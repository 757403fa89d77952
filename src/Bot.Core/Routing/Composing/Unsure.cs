using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Intents;

namespace Bot.Core.Routing.Composing;

/// <summary>A low-confidence answer says so, and offers the closest topics to ask about instead.</summary>
public static class Unsure
{
    public static Answer Compose(Answer answer, RouteContext context)
    {
        var closest = FreeFormIntent.ClosestTopics(context.Part, context.Index, 3);
        var note = "\n\n_I'm not sure this is what you asked: it is the closest match I found."
            + (closest.Count > 0 ? " You could also ask about " + string.Join(", ", closest.Select(f => f.Title)) + "._" : "_");
        return answer with
        {
            Body = answer.Body.TrimEnd() + note,
            Suggestions = [.. answer.Suggestions.Concat(closest.Select(f => f.Questions[0])).Distinct(StringComparer.Ordinal).Take(3)],
        };
    }
}
