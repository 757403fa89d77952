using Bot.Core.Answers;
using Bot.Core.Routing;
using Bot.Core.Text;

namespace Bot.Core.Tests.Routing;

/// <summary>Every FAQ topic, asked at least two ways, including by its Korean and Japanese names.</summary>
public sealed class FaqPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("what are comfort women", "comfort-women")]
    [InlineData("위안부 문제가 뭐야?", "comfort-women")]
    [InlineData("慰安婦問題とは", "comfort-women")]
    [InlineData("who owns dokdo", "dokdo-takeshima")]
    [InlineData("why do they argue about dokdo/takeshima?", "dokdo-takeshima")]
    [InlineData("who owns takeshima", "dokdo-takeshima")]
    [InlineData("독도는 누구 땅이야?", "dokdo-takeshima")]
    [InlineData("竹島問題とは", "dokdo-takeshima")]
    [InlineData("what are the liancourt rocks", "dokdo-takeshima")]
    [InlineData("why does korea depend on japanese chip materials", "economic-ties")]
    [InlineData("한일 무역 관계는?", "economic-ties")]
    [InlineData("日韓貿易の規模は", "economic-ties")]
    [InlineData("why did japan restrict exports to korea in 2019", "export-controls-2019")]
    [InlineData("일본 수출규제 왜 했어?", "export-controls-2019")]
    [InlineData("輸出規制とは", "export-controls-2019")]
    // A government's position asked for: the topic's positions, though "処理水放出" is also the name of an event.
    [InlineData("福島の処理水放出について韓国政府の立場は?", "fukushima-water")]
    // "対韓輸出" inside "対韓輸出規制" is the controls, not the exports series; "なんだったの" asks what it was.
    [InlineData("2019年の対韓輸出規制って結局なんだったの", "export-controls-2019")]
    [InlineData("what is the forced labor issue", "forced-labour")]
    [InlineData("강제징용 배상 문제가 뭐야?", "forced-labour")]
    [InlineData("徴用工問題とは", "forced-labour")]
    [InlineData("is the fukushima water release safe", "fukushima-water")]
    [InlineData("후쿠시마 오염수 방류 문제", "fukushima-water")]
    [InlineData("処理水放出と韓国", "fukushima-water")]
    [InlineData("what is gsomia", "gsomia")]
    [InlineData("지소미아가 뭐야?", "gsomia")]
    [InlineData("ジーソミアとは", "gsomia")]
    [InlineData("whats lee jae myung's policy on japan", "lee-japan-policy")]
    [InlineData("이재명 대통령의 대일 정책은?", "lee-japan-policy")]
    [InlineData("what does pragmatic diplomacy mean", "lee-japan-policy")]
    [InlineData("what was in the 1965 treaty", "normalization-1965")]
    [InlineData("한일기본조약이 뭐야?", "normalization-1965")]
    [InlineData("日韓基本条約とは", "normalization-1965")]
    [InlineData("do koreans need a visa for japan", "people-exchange")]
    [InlineData("tell me about tourism and the korean wave", "people-exchange")]
    [InlineData("한류", "people-exchange")]
    [InlineData("east sea or sea of japan which is right", "sea-naming")]
    [InlineData("동해 표기 문제가 뭐야?", "sea-naming")]
    [InlineData("日本海呼称問題とは", "sea-naming")]
    [InlineData("what did the lee visit article get wrong", "seed-article-2025")]
    [InlineData("fact check the august 2025 article", "seed-article-2025")]
    [InlineData("what is shuttle diplomacy", "shuttle-diplomacy")]
    [InlineData("셔틀외교가 뭐야?", "shuttle-diplomacy")]
    [InlineData("シャトル外交とは", "shuttle-diplomacy")]
    [InlineData("tell me about the 60th anniversary of normalization", "sixtieth-anniversary")]
    [InlineData("한일 국교정상화 60주년 행사는?", "sixtieth-anniversary")]
    [InlineData("日韓国交正常化60周年とは", "sixtieth-anniversary")]
    [InlineData("why does korea complain about japanese textbooks", "textbooks")]
    [InlineData("교과서 왜곡 문제", "textbooks")]
    [InlineData("教科書問題とは", "textbooks")]
    [InlineData("what was the camp david summit", "trilateral-north-korea")]
    [InlineData("does lee jae myung still support the trilateral alliance", "trilateral-north-korea")]
    [InlineData("한미일 안보협력이 뭐야?", "trilateral-north-korea")]
    [InlineData("日米韓の安全保障協力とは", "trilateral-north-korea")]
    [InlineData("why is battleship island controversial", "unesco-sado-hashima")]
    [InlineData("사도광산 문제가 뭐야?", "unesco-sado-hashima")]
    [InlineData("軍艦島の世界遺産問題とは", "unesco-sado-hashima")]
    [InlineData("why is yasukuni shrine controversial", "yasukuni")]
    [InlineData("야스쿠니 신사 참배가 왜 문제야?", "yasukuni")]
    [InlineData("靖国神社参拝問題とは", "yasukuni")]
    // A sum of money asked of a topic whose text states it ($300 million in grants): the topic, not an event with a date.
    [InlineData("how much money did the 1965 claims deal involve?", "normalization-1965")]
    public async Task RouteAsync_FaqTopicQuestion_AnswersWithThatTopic(string question, string faqId)
    {
        var answer = await fixture.AskAsync(question);

        // A question in Korean or Japanese is answered with the topic's translation.
        Assert.Equal(AnswerLanguage.Detect(question).Lang, answer.Lang);
        var title = fixture.Knowledge.Faq(faqId)!.For(answer.Lang).Title;

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Faq);
        Assert.True(answer.Title == title, $"expected the FAQ \"{title}\", got {AnswerAssert.Describe(answer)}");
    }

    public static TheoryData<string> EveryFaq() => [.. RepositoryKnowledge.Current.Faqs.Select(f => f.Id)];

    [Theory]
    [MemberData(nameof(EveryFaq))]
    public async Task RouteAsync_FaqCommandForEveryTopic_AnswersWithThatTopicAndItsSources(string faqId)
    {
        var faq = fixture.Knowledge.Faq(faqId)!;

        var answer = await fixture.AskAsync(new StructuredCommand("faq", new Dictionary<string, string> { ["topic"] = faqId }));

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Faq);
        Assert.True(answer.Title == faq.Title, $"expected the FAQ \"{faq.Title}\", got {AnswerAssert.Describe(answer)}");
        AnswerAssert.Cites(answer, faq.SourceIds.Where(fixture.Knowledge.Sources.ContainsKey));
    }

    [Fact]
    public void FaqTable_CoversEveryTopicAtLeastTwice()
    {
        var asked = typeof(FaqPhrasingTests).GetMethod(nameof(RouteAsync_FaqTopicQuestion_AnswersWithThatTopic))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .SelectMany(a => a.GetData(null!)).Select(row => (string)row[1]).ToList();

        foreach (var faq in fixture.Knowledge.Faqs)
        {
            Assert.True(asked.Count(id => id == faq.Id) >= 2, $"FAQ {faq.Id} is asked fewer than two ways");
        }
    }
}
