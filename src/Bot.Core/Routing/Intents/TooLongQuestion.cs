using System.Globalization;
using Bot.Core.Answers;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// A question longer than <see cref="TextNormalizer.MaxQuestionLength"/> is declined, naming the limit and its length, rather than
/// cut and answered from its first part. The router checks it before parsing (so it is asked first, ahead of every intent).
/// </summary>
public static class TooLongQuestion
{
    /// <summary>The decline for <paramref name="text"/>, or null when it is within the limit.</summary>
    public static Answer? Check(string text, KnowledgeBase kb)
    {
        var length = TextNormalizer.VisibleLength(text);
        return length <= TextNormalizer.MaxQuestionLength ? null : new Answer
        {
            Outcome = Outcome.Decline,
            Intent = IntentNames.TooLong,
            Title = "That question is too long",
            Body = Text(length),
            AsOf = kb.AsOf,
            Confidence = 1.0,
            ForAskerOnly = true,
        };
    }

    /// <summary>"I read questions up to 1,000 characters; yours has 1,234 — please shorten it."</summary>
    public static string Text(int length) => string.Create(CultureInfo.InvariantCulture,
        $"I read questions up to {TextNormalizer.MaxQuestionLength:#,0} characters; yours has {length:#,0} — please shorten it.");
}
