using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;

namespace Bot.Core.Answers;

/// <summary>Sentences many answers share, in the answer's language (wording in <see cref="AnswerTemplates"/>).</summary>
public static class AnswerParts
{
    public static string AsOfLine(KnowledgeBase kb, Lang lang = Lang.En) =>
        AnswerTemplates.For(lang).AsOfLine(kb.AsOf.ToDisplay(lang));

    public static string EndsBefore(KnowledgeBase kb, string what, Lang lang = Lang.En) =>
        AnswerTemplates.For(lang).EndsBefore(kb.AsOf.ToDisplay(lang), what);

    public static string Coverage => EnglishTemplates.Text.Coverage;

    /// <summary>"(weak source)", "(derived)", "(sources differ)": said next to a figure so nobody mistakes its strength.</summary>
    public static string FlagNote(Flag flag, Lang lang = Lang.En) => AnswerTemplates.For(lang).FlagNote(flag);

    public static IReadOnlyList<string> ExampleQuestions => EnglishTemplates.Text.ExampleQuestions;

    /// <summary>A decline that says what the bot covers.</summary>
    public static Answer Decline(string intent, string title, string reason, KnowledgeBase kb, double confidence = 1.0, Lang lang = Lang.En) => new()
    {
        Outcome = Outcome.Decline,
        Intent = intent,
        Title = title,
        Body = $"{reason}\n\n{AnswerTemplates.For(lang).Coverage}",
        Suggestions = AnswerTemplates.For(lang).ExampleQuestions.Take(3).ToList(),
        Confidence = confidence,
        AsOf = kb.AsOf,
        Lang = lang,
    };

    /// <summary>A decline from a template's title and reason.</summary>
    public static Answer Decline(string intent, (string Title, string Reason) text, KnowledgeBase kb, Lang lang, double confidence = 1.0) =>
        Decline(intent, text.Title, text.Reason, kb, confidence, lang);
}
