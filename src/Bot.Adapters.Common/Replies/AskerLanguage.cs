using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Text;

namespace Bot.Adapters.Common.Replies;

/// <summary>
/// The language of an adapter's own replies to someone ("working…", "something went wrong", "not in this channel"), in the order
/// answers follow: the words they wrote, else the first hint that names a language the bot speaks (the channel's default, then
/// the platform's locale), else English. A reply with no answer behind it still reaches its reader in their language.
/// </summary>
public static class AskerLanguage
{
    public static Lang Of(string? text, params string?[] hints) =>
        AnswerLanguage.Detect(text ?? "", hints.Select(Langs.FromLocale).FirstOrDefault(l => l is not null)).Lang;

    /// <summary>The wording of <see cref="Of"/>'s language.</summary>
    public static AnswerTemplates Templates(string? text, params string?[] hints) => AnswerTemplates.For(Of(text, hints));
}
