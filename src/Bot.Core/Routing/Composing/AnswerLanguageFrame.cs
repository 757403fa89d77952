using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Conversations;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Core.Routing.Composing;

/// <summary>
/// Chooses the language of a reply and puts the reply in it: the asker's request or script first, then the thread's
/// language (a follow-up keeps it), then the platform's hint (channel setting, then the user's locale), else English.
/// A part composed in English where the language is Korean or Japanese (no translation yet) says so in one line; a
/// question in a language the bot does not speak gets the English answer with a line naming the languages it speaks.
/// </summary>
public static class AnswerLanguageFrame
{
    public static LanguageChoice Choose(Question question, ConversationState? thread) =>
        question.ForcedLanguage is { } forced
            ? new LanguageChoice(forced, LanguageReason.Requested)
            : AnswerLanguage.Detect(AskersWords(question), thread?.Lang ?? Langs.FromLocale(question.AnswerLanguage) ?? Langs.FromLocale(question.Locale));

    // A slash command's text is built from the knowledge (a topic's title holds 위안부 / 慰安婦): only what the asker typed
    // into its options can tell their language; ids and years decide nothing, so the hint does.
    private static string AskersWords(Question question) =>
        question.Command is { } command ? string.Join(' ', command.Options.Values) : question.Text;

    /// <summary>One part's answer in <paramref name="lang"/>: an English body says it is untranslated.</summary>
    public static Answer Mark(Answer answer, Lang lang) =>
        answer.Lang == lang ? answer
        : lang == Lang.En ? answer with { Lang = lang }
        : answer with { Lang = lang, Body = answer.Body.TrimEnd() + "\n\n" + AnswerTemplates.For(lang).Untranslated };

    /// <summary>The whole reply: every part marked, the unsupported-language line, and the thread remembering the language.</summary>
    public static Answer Finish(Answer answer, LanguageChoice choice)
    {
        var marked = Mark(answer, choice.Lang);
        if (choice.Reason == LanguageReason.Unsupported)
        {
            marked = marked with { Body = AnswerTemplates.For(choice.Lang).LanguagesSpoken + "\n\n" + marked.Body };
        }

        return marked.Context is { } context ? marked with { Context = context with { Lang = choice.Lang } } : marked;
    }
}
