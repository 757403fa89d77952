using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// A question longer than <see cref="TextNormalizer.MaxQuestionLength"/> is declined, naming the limit and its length, rather than
/// cut and answered from its first part. The router checks it before parsing (so it is asked first, ahead of every intent).
/// </summary>
public static class TooLongQuestion
{
    /// <summary>The decline for <paramref name="text"/>, in <paramref name="lang"/>, or null when it is within the limit.</summary>
    public static Answer? Check(string text, KnowledgeBase kb, Lang lang = Lang.En)
    {
        var length = TextNormalizer.VisibleLength(text);
        var t = AnswerTemplates.For(lang);
        return length <= TextNormalizer.MaxQuestionLength ? null : new Answer
        {
            Outcome = Outcome.Decline,
            Intent = IntentNames.TooLong,
            Title = t.TooLongTitle,
            Body = t.TooLong(TextNormalizer.MaxQuestionLength, length),
            AsOf = kb.AsOf,
            Confidence = 1.0,
            ForAskerOnly = true,
            Lang = lang,
        };
    }
}
