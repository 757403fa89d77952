using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Routing.Choosing;
using Bot.Core.Routing.Reading;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// Declines what no admin wants their bot to do: mass pings, attempts to rewrite its instructions, role-play,
/// one-sided statements put in its mouth, and hate. Runs first, so nothing later can be talked into it.
/// </summary>
public sealed partial class SafetyIntent : IIntent
{
    public string Name => IntentNames.Safety;

    // Only a request to ping is refused; a stray "@here" in a real question is ignored (renderers never ping anyway).
    [GeneratedRegex(@"\b(ping|mention|notify|tag|alert)\s+(every(one|body)|all (users|members|people)|the (whole )?(server|channel))\b|^\s*(@everyone|@here|@channel|<!channel>|<!here>|<!everyone>|<@&\d+>)(?![^?]*\b(when|what|whats|who|why|how|where|which|did|does|is|are|was|were|tell)\b)[^?]{0,40}$")]
    private static partial Regex MassPing();

    // Manipulation and Hate run on every question: non-backtracking, as the long cues in Cues (30 µs → 1 µs and 5 → 0.6 µs
    // on an English question).
    [GeneratedRegex(@"\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompts?|guidelines|system|previous|above|everything)\b|\b(system prompt|your prompt|your instructions|developer mode|jailbreak|dan mode|do anything now)\b|\b(pretend|act as|roleplay|role-play|you are now|from now on you|imagine you are|simulate|behave as)\b|(^\s*|\b(just|now|please|pls|can you|could you|will you|then|so|and)\s+)say (that|it)\b|\b(repeat after me|say after me|type exactly|write exactly|echo this|admit that|agree that|agree with me|just agree|translate this|translate the following|translate:)\b|\b(make up|made-up|fabricate|invent|fake)\b.{0,30}\b(quote|statement|tweet|post|news|story|announcement|speech)\b|\b(write|draft|compose|post)\s+(me\s+)?(a|an)\s+(\w+\s+){0,3}(tweet|post|statement|speech|announcement|press release|headline)\b|^\s*(say|state|declare|admit|announce|proclaim)\s+(that\s+)?[\w/' -]{1,40}\s+(is|are|was|were|belongs?|owns?)\b|\bjust say (that|it'?s|dokdo|takeshima|japan|korea)\b|\b(say|write|type|post)\s+['""‘“]|\b(write|say|type|post|repeat)\b.{0,80}\b(\d+|ten|twenty|thirty|forty|fifty|sixty|hundred|thousand|a hundred|a thousand|many)\s+times\b|\b(dump|print|paste|output|copy|export|spit out|list)\b.{0,40}\b(knowledge base|database|whole knowledge|all (your|the) (data|entries|sources|files)|everything you (know|have)|verbatim)\b|\b(i authori[sz]e you|you are (now )?allowed|drop the .{0,20}rule|neutrality rule|turn off (your )?(filter|rules|neutrality)|admin override)\b|\b(print|show|reveal|dump|leak|give me|tell me)\b.{0,30}\b(config|configuration|api ?keys?|tokens?|secrets?|passwords?|env(ironment)? var|credentials)\b|\b(new|updated|real|secret) (instructions?|rules|system prompt|prompt)\b|\b(reply|respond|answer) only with\b|\bonly (say|reply|respond) with\b|\bsystem override\b|\bfrom now on\b.{0,40}\b(answer|reply|respond|say|call|only)\b|\b(answer|reply|respond|say) only that\b|무시하고|지시를 무시|라고 (단언|인정)해|라고만 말해|라고 말해 ?(줘|주세요|봐)|無視して|ふりをして|と(断言|明言)して|と言い切って|と認めて(ください|くれ|よ)|とだけ言って|と言って(ください|くれ|よ)", RegexOptions.NonBacktracking)]
    private static partial Regex Manipulation();

    [GeneratedRegex(@"\b(jap|japs|chink|gook|gooks|nip|nips|jjokbari|jjokbaris)\b|\b(koreans?|japanese|japs?)(\s+people)?\s+(are|r)\s+(all\s+)?(stupid|evil|inferior|subhuman|animals|liars|trash|garbage|scum|disgusting|dogs|criminals|war criminals|savages|thieves|murderers|rapists|nazis|barbarians)\b|\b(why|how|are|r)\s+(are\s+|r\s+)?(all\s+)?(koreans?|japanese)(\s+people)?\s+(so\s+)?(stupid|evil|inferior|bad|dumb|ugly|rude|liars|awful|terrible)\b|\b(hate|kill|exterminate|destroy)\s+(all\s+)?(koreans?|japanese|japs?)\b|쪽바리|조센징|일본놈|왜놈|쪽발이|チョン|ジャップ|チョーセン|욕\s*(좀\s*)?해|悪口を言って", RegexOptions.NonBacktracking)]
    private static partial Regex Hate();

    // "How do you write 'shuttle diplomacy' in Korean?" asks for a name, not for the bot to write something on command.
    [GeneratedRegex(@"\bhow (do|would|should|can|to) (you |i |we |one )?(say|write|spell|pronounce|call)\b")]
    private static partial Regex HowToSay();

    [GeneratedRegex(@"<\s*/\s*[a-z]+\s*>|<\s*/?\s*(script|iframe|img|svg|object|embed|style|a|div|form|input|system|instructions?|question|prompt)\b|javascript:|on(error|load|click)\s*=")]
    private static partial Regex Markup();

    public ValueTask<Candidate?> ProposeAsync(RouteContext context, CancellationToken cancellationToken)
    {
        var text = context.Part.Wording.Folded;
        var kb = context.Knowledge;
        var t = AnswerTemplates.For(context.Lang);
        Answer? answer = null;
        if (Hate().IsMatch(text))
        {
            answer = AnswerParts.Decline(Name, t.Hateful, kb, context.Lang);
        }
        else if (MassPing().IsMatch(text))
        {
            answer = AnswerParts.Decline(Name, t.MassPing, kb, context.Lang);
        }
        else if (Markup().IsMatch(text))
        {
            answer = AnswerParts.Decline(Name, t.Markup, kb, context.Lang);
        }
        else if (Manipulation().IsMatch(text) && !HowToSay().IsMatch(text))
        {
            answer = AnswerParts.Decline(Name, t.Manipulation, kb, context.Lang);
        }

        return ValueTask.FromResult(answer is null ? null : new Candidate(answer, Fit.Gate));
    }
}
