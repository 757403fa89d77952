using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>How people actually type in chat: lower or upper case, no question mark, slang, typos.</summary>
public sealed class CasualPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("wat is gsomia", IntentNames.Faq, "GSOMIA")]
    [InlineData("yo whats gsomia", IntentNames.Faq, "GSOMIA")]
    [InlineData("gsomia???", IntentNames.Faq, "GSOMIA")]
    [InlineData("who r the comfort women", IntentNames.Faq, "Comfort women")]
    [InlineData("tell me bout dokdo", IntentNames.Faq, "Dokdo")]
    [InlineData("DOKDO", IntentNames.Faq, "Dokdo")]
    [InlineData("wat happened in 2019", IntentNames.Timeline, "4 July 2019")]
    [InlineData("WHEN WAS THE 1965 TREATY SIGNED", IntentNames.Timeline, "22 June 1965")]
    [InlineData("whens the nara summit", IntentNames.Timeline, "13 January 2026")]
    [InlineData("martial law", IntentNames.Timeline, "3 December 2024")]
    [InlineData("2019", IntentNames.Timeline, "4 July 2019")]
    [InlineData("imports 2011 lol", IntentNames.Statistic, "$68.3 bn")]
    [InlineData("exports 2019 pls", IntentNames.Statistic, "$28.41 bn")]
    [InlineData("korean visitors to japan last yr", IntentNames.Statistic, "9,459,600 people")]
    [InlineData("how many koreans went to japan in 2024", IntentNames.Statistic, "8,817,765 people")]
    [InlineData("japan korea trade 2019", IntentNames.Statistic, "$28.41 bn" + AnswerAssert.Or + "$47.58 bn" + AnswerAssert.Or + "−$19.16 bn")]
    public async Task RouteAsync_CasualPhrasing_IsUnderstood(string question, string intent, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, intent, expected);
    }

    [Theory]
    [InlineData("comfrot women", IntentNames.Faq, "Comfort women")]
    [InlineData("comfort wemen", IntentNames.Faq, "Comfort women")]
    [InlineData("tell me about the comfrot women issue", IntentNames.Faq, "Comfort women")]
    [InlineData("takeshmia", IntentNames.Faq, "Dokdo")]
    [InlineData("takeshmia dispute", IntentNames.Faq, "Dokdo")]
    [InlineData("liancort rocks", IntentNames.Faq, "Dokdo")]
    [InlineData("gsomai", IntentNames.Faq, "GSOMIA")]
    [InlineData("what is gsomai", IntentNames.Faq, "GSOMIA")]
    [InlineData("yasukini shrine", IntentNames.Faq, "Yasukuni")]
    [InlineData("fukishima water", IntentNames.Faq, "Fukushima")]
    [InlineData("when was gsomai signed", IntentNames.Timeline, "23 November 2016")]
    [InlineData("anexation treaty", IntentNames.Timeline, "22 August 1910")]
    [InlineData("imprts from japan 2019", IntentNames.Statistic, "$47.58 bn")]
    [InlineData("imprts 2011", IntentNames.Statistic, "$68.3 bn")]
    [InlineData("expots to japan 2019", IntentNames.Statistic, "$28.41 bn")]
    [InlineData("korean vistors to japan 2023", IntentNames.Statistic, "6,958,500 people")]
    public async Task RouteAsync_Misspelt_IsCorrectedAndAnswered(string question, string intent, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, intent, expected);
    }
}
