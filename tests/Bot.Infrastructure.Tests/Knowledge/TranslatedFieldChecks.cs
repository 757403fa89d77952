using Bot.Core.Knowledge;
using Bot.Infrastructure.Knowledge;
using Bot.Infrastructure.Knowledge.Localization;

namespace Bot.Infrastructure.Tests.Knowledge;

/// <summary>Runs one check on one translated text and gives the problems it reported.</summary>
internal static class TranslatedFieldChecks
{
    public static IReadOnlyList<KnowledgeProblem> Run(Action<TranslatedField> check, string lang, string text, string english = "", bool heading = false)
    {
        var problems = new List<KnowledgeProblem>();
        var language = Langs.TryParse(lang, out var l) ? l : throw new ArgumentException(lang);
        check(new TranslatedField(language, new ProblemLog("x.yaml", problems), "event 'x', summary", 7, english, text, heading,
            new HashSet<decimal>(), [text]));
        return problems;
    }
}
