using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Answers;
using Bot.Core.Answers.Templates;
using Bot.Core.Knowledge;
using Bot.Core.Routing.Choosing;

namespace Bot.Core.Routing.Intents;

/// <summary>
/// "What statistics do you have?", "어떤 통계가 있어?", "どんなデータがある？": the part of help that lists the figures held —
/// every series by category (in the asker's language), the years each covers, how current the knowledge is, and questions
/// to ask about them. Only a question about the holdings as a whole: one that names a year or a topic ("what trade figures
/// for 2019 do you have", "what data shows the boycott hit beer?") asks for figures, and the statistics answer it.
/// </summary>
public sealed partial class HelpIntent
{
    // English: "what (kind of) statistics/figures/data do you have/hold/cover", "which figures do you hold", "what data is
    // available", "list your statistics", "do you have any figures" — the whole question, at most "on Japan and Korea" after.
    // Korean: 어떤/무슨 + 통계/수치/데이터/지표 + 있/알고/가지고…, or a 목록 of them. Japanese: どんな/どのような + 統計/数値/データ
    // + あり/持って/知って…, or their 一覧.
    [GeneratedRegex(@"^\s*(?:(?:so|ok|okay|and|hi|hello|hey)[,\s]+)?(?:(?:what|which)\s+(?:kinds?\s+of\s+|sorts?\s+of\s+|types?\s+of\s+|other\s+)?(?:statistics|stats|figures|numbers|data|datasets|data\s+sets|series|metrics|indicators)\s+(?:do|can|have|did)\s+you\s+(?:have|hold|got|know|know\s+about|cover|keep|track|carry|offer|provide|give)(?:\s+me)?|(?:what|which)\s+(?:statistics|stats|figures|data|series)\s+(?:are|is)\s+(?:available|there)|(?:list|show)(?:\s+me)?\s+(?:all\s+)?(?:the\s+|your\s+)?(?:statistics|stats|figures|series|data\s*sets?)(?:\s+you\s+(?:have|hold))?|do\s+you\s+have\s+(?:any\s+)?(?:statistics|stats|figures|data))(?:\s+(?:on|about|for)\s+(?:japan|korea|japan[-–\s]korea|korea[-–\s]japan|japan\s+and\s+(?:south\s+)?korea|(?:south\s+)?korea\s+and\s+japan)(?:\s+relations)?)?\s*[?？.!。！]*\s*$"
        + @"|(?:어떤|무슨|어느|어떠한)\s*(?:종류의\s*)?(?:통계|수치|데이터|지표)(?:\s*(?:자료|데이터))?(?:들)?(?:가|이|를|을|는|은)?\s*(?:있|알고|알아|가지고|갖고|보유|다루)|(?:통계|수치|데이터)\s*(?:목록|리스트)"
        + @"|(?:どんな|どのような|どういう|どういった|何の|なんの)\s*(?:種類の\s*)?(?:統計|数値|データ|数字|指標)(?:\s*データ)?(?:が|を|は)?\s*(?:あり|ある|持って|知って|扱って|入って|収録|わか)|(?:統計|数値|データ)の?(?:一覧|リスト)")]
    private static partial Regex CatalogueCue();

    /// <summary>The catalogue when the part asks what figures are held as a whole, else null.</summary>
    private static Candidate? Catalogue(RouteContext context)
    {
        var part = context.Part;
        var t = part.Targets;
        if (!CatalogueCue().IsMatch(part.Wording.Folded) || part.Period.HasPeriod || t.FaqIds.Count + t.EventIds.Count + t.GlossaryIds.Count > 0)
        {
            return null;
        }

        var kb = context.Knowledge;
        var lang = context.Lang;
        var text = AnswerTemplates.For(lang);
        var body = new StringBuilder(text.CatalogueIntro(kb.Statistics.Count));
        foreach (var category in kb.Statistics.GroupBy(s => s.Category))
        {
            body.Append("\n\n").Append(text.CatalogueHeading(text.CategoryName(category.Key)));
            foreach (var s in category)
            {
                body.Append('\n').Append(text.CatalogueEntry(s.Text(lang).Name, Years(s, text, lang)));
            }
        }

        body.Append("\n\n").Append(AnswerParts.AsOfLine(kb, lang));
        body.Append("\n\n").Append(text.Try).Append(string.Join(" · ", text.CatalogueExamples));
        // A series not yet translated is named in English, and the answer says so.
        if (lang != Lang.En && kb.Statistics.Any(s => !s.Translations.Has(lang)))
        {
            body.Append("\n\n").Append(text.Untranslated);
        }

        return new Candidate(new Answer
        {
            Outcome = Outcome.Answer,
            Intent = IntentNames.Help,
            Title = text.CatalogueTitle,
            Body = body.ToString(),
            AsOf = kb.AsOf,
            Suggestions = text.CatalogueExamples,
            Lang = lang,
        }, Fit.Gate);
    }

    /// <summary>The first and last year a series holds ("2011–2024", "2011~2024년"), or its one year.</summary>
    private static string Years(StatSeries s, AnswerTemplates text, Lang lang) => s.Years switch
    {
        [] => "",
        [var only] => new PartialDate(only).ToDisplay(lang),
        [var first, .., var last] => text.YearSpan(first, last),
    };
}
