using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>Names in English, Korean and Japanese: the glossary card gives all three.</summary>
public sealed class GlossaryPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("what do Koreans call Takeshima", "dokdo", "독도")]
    [InlineData("what do japanese call dokdo", "dokdo", "竹島")]
    [InlineData("what is takeshima called in korean", "dokdo", "독도")]
    [InlineData("独島の韓国語は", "dokdo", "독도")]
    [InlineData("who is Takaichi", "takaichi-sanae", "高市早苗")]
    [InlineData("who is ishiba", "ishiba-shigeru", "石破茂")]
    [InlineData("who is kishida", "kishida-fumio", "岸田文雄")]
    [InlineData("who is abe shinzo", "abe-shinzo", "安倍晋三")]
    [InlineData("who is lee jae-myung", "lee-jae-myung", "이재명")]
    [InlineData("who was syngman rhee", "syngman-rhee", "이승만")]
    [InlineData("who is cho hyun", "cho-hyun", "조현")]
    [InlineData("what is 광복절", "liberation-day", "光復節")]
    [InlineData("what do koreans call the sea of japan", "sea-of-japan-east-sea", "동해")]
    [InlineData("how do you say east sea in japanese", "sea-of-japan-east-sea", "日本海")]
    [InlineData("what is the korean name for yasukuni shrine", "yasukuni-shrine", "야스쿠니 신사")]
    [InlineData("what is the japanese name for the comfort women", "comfort-women", "慰安婦")]
    [InlineData("what is jetro", "jetro", "日本貿易振興機構")]
    // A name that is a topic's alias but a term's own name ("Kōno statement" is one of the comfort-women topic's aliases), or
    // a longer name holding the topic's ("Takeshima Day"), asks about the term.
    [InlineData("what was the kono statement", "kono-statement", "河野談話")]
    [InlineData("what is takeshima day", "takeshima-day", "竹島の日")]
    [InlineData("what was actually in the 2015 comfort women agreement", "comfort-women-agreement-2015", "1 billion yen")]
    [InlineData("2015년 위안부 합의 내용 뭐였지", "comfort-women-agreement-2015", "10억 엔")]
    // A word a topic only uses is defined by the glossary, not answered with the topic that mentions it.
    [InlineData("what does zainichi mean", "zainichi-koreans", "在日")]
    public async Task RouteAsync_NameQuestion_GivesTheTermInThreeLanguages(string question, string termId, string name)
    {
        var term = fixture.Knowledge.Glossary.Single(g => g.Id == termId);

        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Glossary, name);
        // The card is titled with the term's name in the answer's language.
        Assert.True(answer.Title == term.Name(answer.Lang), $"expected the glossary term \"{term.Name(answer.Lang)}\", got {AnswerAssert.Describe(answer)}");
    }

    [Fact]
    public async Task RouteAsync_PersonWithATermOfOffice_CitesTheTakingOfOfficeFirst()
    {
        var tookOffice = fixture.Knowledge.Event("ishiba-becomes-pm-2024")!;

        var answer = await fixture.AskAsync("who is ishiba");

        Assert.Equal(IntentNames.Glossary, answer.Intent);
        Assert.Equal(tookOffice.SourceIds[0], answer.Sources[0].Id);
    }
}
