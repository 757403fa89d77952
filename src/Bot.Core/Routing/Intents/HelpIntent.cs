using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Routing.Choosing;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// "help", "what can you do", "about": what the bot covers and how current it is; "what statistics do you have?": the
/// figures held, series by series (<see cref="Catalogue"/>, in HelpCatalogue.cs).
/// </summary>
public sealed partial class HelpIntent : IIntent
{
    public string Name => IntentNames.Help;

    [GeneratedRegex(@"^\s*(/?help|/?about|h|hi|hello|hey|yo|start|commands|menu|info)\s*[!.?]*\s*$|\b(what can you do|what do you (do|know|cover)|who are you|what are you|how do (i|you) use|how does this (bot )?work|what (topics|questions|subjects|things)( can| do)?|what can i ask|your sources|where does your (info|information|data|knowledge) come from|where do you get|how current|how up to date|as of when|when were you (last )?updated|data cut-?off|what do you know about)\b|도움말|사용법|ヘルプ|使い方")]
    private static partial Regex HelpCue();

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken)
    {
        if (Catalogue(context) is { } catalogue)
        {
            return ValueTask.FromResult<Candidate?>(catalogue);
        }

        if (!HelpCue().IsMatch(context.Part.Wording.Folded) || context.Part.Wording.Hits.Count > 0)
        {
            return ValueTask.FromResult<Candidate?>(null);
        }

        var kb = context.Knowledge;
        var t = AnswerTemplates.For(context.Lang);
        var counts = new HelpCounts(kb.Statistics.Count, kb.Timeline.Count, kb.Timeline[0].Date.Year, kb.AsOf.Year, kb.Faqs.Count, kb.Glossary.Count, kb.Sources.Count);
        var body = $"""
            {t.Coverage}

            {t.HelpHolds(counts)}
            {AnswerParts.AsOfLine(kb, context.Lang)}{t.HelpPromise}

            {t.Try}{string.Join(" · ", t.ExampleQuestions)}
            """;
        return ValueTask.FromResult<Candidate?>(new Candidate(new Answer
        {
            Outcome = Outcome.Answer,
            Intent = Name,
            Title = t.HelpTitle,
            Body = body,
            AsOf = kb.AsOf,
            Suggestions = t.ExampleQuestions,
            Lang = context.Lang,
        }, Fit.Gate));
    }
}
