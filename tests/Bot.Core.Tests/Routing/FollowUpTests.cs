using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>Conversations: a follow-up reuses the last metric, year or topic of the same conversation, and only that one.</summary>
public sealed class FollowUpTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Fact]
    public async Task RouteAsync_StatisticsConversation_FollowUpsKeepMetricAndYear()
    {
        var chat = fixture.NewSession();

        AnswerAssert.Is(await chat.AskAsync("korea imports from japan 2019"), Outcome.Answer, IntentNames.Statistic, "$47.58 bn");
        AnswerAssert.Is(await chat.AskAsync("and the year after that?"), Outcome.Answer, IntentNames.Statistic, "$45.92 bn");
        AnswerAssert.Is(await chat.AskAsync("what about exports?"), Outcome.Answer, IntentNames.Statistic, "$25.08 bn");
        AnswerAssert.Is(await chat.AskAsync("and 2011?"), Outcome.Answer, IntentNames.Statistic, "$39.7 bn");
    }

    [Theory]
    [InlineData("japanese visitors to korea 2024", "and the year before?", IntentNames.Statistic, "2,316,000 people")]
    [InlineData("exports to japan 2019", "and the year before that?", IntentNames.Statistic, "$30.53 bn")]
    [InlineData("exports to japan 2019", "what about imports?", IntentNames.Statistic, "$47.58 bn")]
    [InlineData("exports to japan 2019", "and the trade balance?", IntentNames.Statistic, "−$19.16 bn")]
    [InlineData("imports 2019", "what was the peak?", IntentNames.Statistic, "$68.3 bn")]
    [InlineData("korean visitors to japan 2023", "and 2024?", IntentNames.Statistic, "8,817,765 people")]
    [InlineData("korean visitors to japan 2023", "how about japanese visitors to korea?", IntentNames.Statistic, "2,316,000 people")]
    [InlineData("2019년 대일 수입", "그럼 2020년은?", IntentNames.Statistic, "459억 2000만 달러")]
    [InlineData("what happened in 2019", "and the year after that?", IntentNames.Timeline, "16 November 2020")]
    [InlineData("tell me about gsomia", "and when was it signed?", IntentNames.Timeline, "23 November 2016")]
    [InlineData("what is gsomia", "when did seoul try to end it?", IntentNames.Timeline, "22 August 2019")]
    [InlineData("who owns dokdo", "and when did japan incorporate it?", IntentNames.Timeline, "28 January 1905")]
    [InlineData("who owns dokdo", "and what does tokyo say?", IntentNames.Faq, "Tokyo's position")]
    [InlineData("what is gsomia", "tell me more", IntentNames.Faq, "How GSOMIA works")]
    // "Was that a record / a low?" about a figure: the extreme of the same series.
    [InlineData("What share of Korea's exports went to Japan in 2015?", "was that a low?", IntentNames.Statistic, "lowest")]
    [InlineData("korea imports from japan 2011", "was that a record?", IntentNames.Statistic, "highest")]
    // The thread's event is the unspoken subject: "last" in "how long did it last?" is not the GSOMIA "last minute".
    [InlineData("What time did Yoon declare martial law?", "How long did it last?", IntentNames.Timeline, "six hours")]
    // …but words that name its near twin still move to it: the signing, then the entry into force.
    [InlineData("When was the 1965 Basic Treaty signed?", "and when did it enter into force?", IntentNames.Timeline, "18 December 1965")]
    // "How does Seoul view that?" asks for a government's position, not for an opinion poll ("view" is a poll word too).
    [InlineData("who owns dokdo", "How does Seoul view that?", IntentNames.Faq, "Seoul's position")]
    [InlineData("what is the 2015 comfort women agreement", "what is Tokyo's stance?", IntentNames.Faq, "Tokyo's position")]
    // "Who followed him?": the next holder of the office of the thread's person, or of the person its event is about.
    // "About a month later", "その2日後": the events in the weeks after the thread's event.
    [InlineData("When did the March First Movement begin?", "What was founded about a month later?", IntentNames.Timeline, "Provisional Government")]
    [InlineData("李在明の読売インタビューはいつ掲載された？", "その2日後には何があった？", IntentNames.Timeline, "2025年8月23日")]
    [InlineData("who is ishiba", "who came before him?", IntentNames.Role, "Kishida")]
    [InlineData("윤석열 탄핵 언제야", "후임은 누구?", IntentNames.Role, "Lee Jae-myung")]
    // A detail asked of the thread's event stays on it, though another entry uses the one word asked ("attended").
    [InlineData("When was Japan's second Sado memorial ceremony?", "did korea go?", IntentNames.Timeline, "without Korea")]
    [InlineData("when did abe go to yasukuni", "how did the US react?", IntentNames.Timeline, "disappointed")]
    [InlineData("長生炭鉱の水没事故は何年？", "場所は？", IntentNames.Timeline, "山口県")]
    [InlineData("When was the Busan summit?", "the venue?", IntentNames.Timeline, "Nurimaru")]
    // A yes/no about the thread's event: a person named places it in time, it does not ask for the events of his term.
    [InlineData("when did abe go to yasukuni", "was it the first since Koizumi?", IntentNames.Passage, "since 2006")]
    // A change "compared with the year before" spans that year and the thread's; "and the year before?" alone moves.
    [InlineData("2025年に日本に来た韓国人って何人くらい？", "前の年と比べて何％増えたの？", IntentNames.Statistic, "2024年～2025年")]
    [InlineData("korean visitors to japan 2025", "how much did it grow compared with the previous year?", IntentNames.Statistic, "7.3%")]
    // A person named but no topic: among the events the words find, the thread's topic's own come first.
    [InlineData("지소미아가 뭐야?", "문재인 정부가 종료하겠다고 결정한 건 언제였어?", IntentNames.Timeline, "2019년 8월 22일")]
    [InlineData("what is gsomia", "when did Moon Jae-in's government decide to terminate?", IntentNames.Timeline, "22 August 2019")]
    // The words of another event's Korean title (헌법재판소) name that event; the thread's impeachment vote is not the subject.
    [InlineData("윤석열 탄핵소추안은 언제 가결됐어?", "헌법재판소 결정은 몇 대 몇이었어?", IntentNames.Timeline, "8대 0")]
    // Both countries named the other way round from the thread's poll: the mirror poll, same year.
    [InlineData("in 2023 what % of japanese had a good impression of korea?", "and koreans about japan?", IntentNames.Statistic, "28.9%")]
    // After good and bad impressions side by side, each is mirrored.
    [InlineData("do japanese people like korea these days? genron npo poll", "and koreans about japan", IntentNames.Statistic, "Koreans with a bad impression of Japan")]
    // "Did it actually end?", "was it ever lifted?", "what happened next?": the thread's story goes on, the next event of its
    // topic answers (for an ending asked, the first that ends or reverses it).
    [InlineData("when did seoul decide to end gsomia", "did it actually end?", IntentNames.Timeline, "22 November 2019")]
    [InlineData("when did japan impose export controls on korea", "was it ever lifted?", IntentNames.Timeline, "16 March 2023")]
    [InlineData("when did the no japan boycott start", "what happened next?", IntentNames.Timeline, "2 August 2019")]
    [InlineData("문재인 정부가 지소미아 종료를 결정한 건 언제였어?", "그래서 진짜로 종료된 거야?", IntentNames.Timeline, "2019년 11월 22일")]
    // An event with no topic of its own goes on in the later events that mention it.
    [InlineData("what was the radar lock-on incident", "was it ever resolved?", IntentNames.Timeline, "Shangri-La")]
    // "탄핵 표결" is the name of the Assembly's impeachment vote, not the court's ruling or the thread's martial law.
    [InlineData("윤석열 계엄 선포 언제였지", "탄핵 표결은 몇 대 몇이었어", IntentNames.Timeline, "204대 85")]
    // A term's card leaves the thread on the event the term names: "who negotiated it?" is about the 2015 agreement.
    [InlineData("what was actually in the 2015 comfort women agreement", "who negotiated it", IntentNames.Passage, "Yun Byung-se")]
    // "2024年と比べて" measures the thread's year against the one named.
    [InlineData("2025年に日本を訪れた韓国人は何人？", "2024年と比べてどのくらい増えた", IntentNames.Statistic, "+7.3%")]
    // 戻った ("went back") is a return to the list.
    [InlineData("2019年の対韓輸出規制って結局なんだったの", "ホワイト国に戻ったのいつ", IntentNames.Timeline, "2023年7月21日")]
    // 풀렸 ("came loose") is how Korean says a restriction was lifted.
    [InlineData("일본이 2019년에 한국에 수출규제 한 거 언제 시작했어?", "그거 언제 풀렸어?", IntentNames.Timeline, "2023년 3월 16일")]
    [InlineData("when did japan tighten export controls on korea in 2019", "when was it lifted?", IntentNames.Timeline, "16 March 2023")]
    // "Which chemicals?" asks for things of the thread's event, not a list of events that mention chemicals.
    [InlineData("when did japan start the export curbs on korea", "which chemicals exactly", IntentNames.Timeline, "hydrogen fluoride")]
    // "He" in a count is the person of the thread's event.
    [InlineData("When did Ishiba become prime minister?", "How many times did he hold summits with Lee?", IntentNames.Timeline, "3 times, in my sources")]
    // "Hit back" is a response, not a return; "put korea back on it" is Japan's own list.
    [InlineData("was korea ever kicked off japans white list", "and when did japan put korea back on it", IntentNames.Timeline, "21 July 2023")]
    [InlineData("日本が2019年に韓国への輸出管理を厳しくしたのはいつ？", "それはいつ解除されたの？", IntentNames.Timeline, "2023年3月16日")]
    // A count names its event in any language (1000번째 ↔ 제1000차 ↔ 1,000th), and "뭘 세웠지?" asks what happened there.
    [InlineData("수요시위 처음 시작한 게 언제야?", "1000번째 집회 때 뭘 세웠지?", IntentNames.Timeline, "평화의 소녀상")]
    // "Those demonstrations" points at the kind of event the thread's is one of: their start, not the thread's year.
    [InlineData("When was the Statue of Peace unveiled opposite the Japanese Embassy?", "When did those demonstrations start?", IntentNames.Timeline, "8 January 1992")]
    [InlineData("When was the Statue of Peace unveiled opposite the Japanese Embassy?", "when was that decided?", IntentNames.Timeline, "14 December 2011")]
    // "Why that day?": only an event has a day, so the thread's event answers (its summary holds the reason), not its topic.
    [InlineData("when did the comfort women protests in seoul start?", "Why that day?", IntentNames.Timeline, "Miyazawa")]
    [InlineData("수요시위는 언제 시작됐어?", "왜 그날이었어?", IntentNames.Timeline, "미야자와")]
    // "The smallest in a long time?" asks since when, like "in how many years".
    [InlineData("korea's trade deficit with japan in 2019", "was that the smallest gap in a long time?", IntentNames.Statistic, "16 years earlier")]
    // "How does that compare with 2015?": the thread's year against the one named, as the change between them.
    [InlineData("korea's exports to japan in 2019", "how does that compare with 2015?", IntentNames.Statistic, "$25.6 bn in 2015 → $28.41 bn in 2019")]
    [InlineData("2019년 대일 수출", "2015년과 비교하면?", IntentNames.Statistic, "+28억 1000만 달러")]
    public async Task RouteAsync_FollowUpInSameConversation_ResolvesAgainstTheLastAnswer(string first, string followUp, string intent, string expected)
    {
        var chat = fixture.NewSession();
        var opening = await chat.AskAsync(first);
        Assert.True(opening.Outcome == Outcome.Answer, $"opening question: {AnswerAssert.Describe(opening)}");

        var answer = await chat.AskAsync(followUp);

        AnswerAssert.Is(answer, Outcome.Answer, intent, expected);
    }

    [Theory]
    // "That year" is the thread's year, and an answer that names no year of its own (a topic) still leaves the thread at the
    // year its question asked about, so "and the year after?" moves on from it.
    [InlineData("when did the sado gold mines get world heritage status", "did korea attend the memorial that year", "and the year after?", "13 September 2025")]
    [InlineData("사도광산은 언제 세계유산이 됐어?", "그해 추도식에 한국이 참석했어?", "그 다음 해는?", "2025년 9월 13일")]
    // After a count of a person's events, the thread stays on that person ("why did he resign?").
    [InlineData("When did Ishiba become prime minister?", "How many times did he hold summits with Lee?", "왜 사임했어?", "참의원")]
    // After two years of a figure, "shrink" is the change between them (not a misspelt "shrine").
    [InlineData("how big was korea's trade deficit with japan in 2019", "and in 2018?", "how much did it shrink", "+$4.92 bn")]
    // After an open range, "how much did it fall" spans the years shown (1991 → 2025).
    [InlineData("how many south koreans live in japan", "has that gone down over time", "how much did it fall in %", "−40.9%")]
    public async Task RouteAsync_ThirdTurn_ResolvesAgainstWhatTheSecondLeft(string first, string second, string third, string expected)
    {
        var chat = fixture.NewSession();
        await chat.AskAsync(first);
        var middle = await chat.AskAsync(second);
        Assert.True(middle.Outcome == Outcome.Answer, $"second question: {AnswerAssert.Describe(middle)}");

        var answer = await chat.AskAsync(third);

        Assert.True(answer.Outcome == Outcome.Answer, AnswerAssert.Describe(answer));
        AnswerAssert.Contains(answer, expected);
    }

    [Theory]
    // "The Japanese number" after two years of how Koreans see Japan: the mirror poll over the same two years.
    [InlineData("so by how many points did the japanese number go up?", "+13.6 percentage points")]
    [InlineData("그럼 일본인은 몇 포인트 올랐어?", "13.6")]
    public async Task RouteAsync_OtherSidesRespondentsAfterAComparison_MirrorPollOverTheSameYears(string followUp, string expected)
    {
        var chat = fixture.NewSession();
        await chat.AskAsync("in 2023 what % of koreans had a good impression of japan?");
        await chat.AskAsync("how does that compare with 2015");

        var answer = await chat.AskAsync(followUp);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, expected);
        AnswerAssert.Contains(answer, "Japanese with a good impression" + AnswerAssert.Or + "일본인");
    }

    [Theory]
    // North Korea's missiles are part of a GSOMIA thread; Russia is not.
    [InlineData("GSOMIA가 뭐야?", "북한 미사일 경보 정보는 어떻게 공유해?", Outcome.Answer)]
    [InlineData("what is gsomia", "how do they share north korean missile data?", Outcome.Answer)]
    [InlineData("what is gsomia", "what about north korea and russia?", Outcome.Decline)]
    // Another country only as a point of comparison keeps the thread's subject; as the subject it leaves it.
    [InlineData("when did lee jae-myung visit tokyo", "was that before he went to the us?", Outcome.Answer)]
    [InlineData("이재명 대통령 도쿄 방문은 언제였어?", "미국보다 먼저 간 거 맞아?", Outcome.Answer)]
    [InlineData("when did lee jae-myung visit tokyo", "what about his trade talks with america?", Outcome.Decline)]
    public async Task RouteAsync_AnotherCountryInAThread_StaysOnTopicUnlessItBecomesTheSubject(string first, string followUp, Outcome expected)
    {
        var chat = fixture.NewSession();
        await chat.AskAsync(first);

        var answer = await chat.AskAsync(followUp);

        Assert.True(answer.Outcome == expected, $"expected {expected}, got {AnswerAssert.Describe(answer)}");
    }

    [Theory]
    // A follow-up with no words of its own is about the thread's series: its coverage is then weighed on that subject, so a
    // passage sharing only its endings ("에는") can't outscore the figure. One that names a series of its own is not.
    [InlineData("2012년 일본의 한국 직접투자 얼마였어?", "2024년에는 얼마였어?", true)]
    [InlineData("exports to japan 2019", "and 2012?", true)]
    [InlineData("exports to japan 2019", "what about imports in 2012?", false)]
    public async Task ExplainAsync_FollowUpNamingNothing_IsAboutTheThreadsSeries(string first, string followUp, bool threadSubject)
    {
        var chat = fixture.NewSession();
        await chat.AskAsync(first);

        var part = Assert.Single(await chat.ExplainAsync(followUp)).Part;

        Assert.NotEmpty(part.Targets.SeriesIds);
        Assert.Equal(threadSubject, part.FollowUp.ThreadSubject);
    }

    [Theory]
    [InlineData("and the year after that?")]
    [InlineData("and the year before?")]
    [InlineData("what about the year before that?")]
    [InlineData("and the following year?")]
    public async Task RouteAsync_FollowUpWithoutContext_AsksToClarify(string followUp)
    {
        var chat = fixture.NewSession();

        var answer = await chat.AskAsync(followUp);

        AnswerAssert.Is(answer, Outcome.Clarify, IntentNames.FollowUp);
    }

    [Theory]
    [InlineData("and?", "What would you like to know next?")]
    [InlineData("so?", "What would you like to know next?")]
    [InlineData("그리고?", "다음으로 무엇이 궁금하신가요?")]
    [InlineData("で？", "次に何を知りたいですか。")]
    public async Task RouteAsync_BareJoinerInAThread_AsksWhatNextInsteadOfGuessing(string followUp, string expected)
    {
        var chat = fixture.NewSession();
        await chat.AskAsync("korea imports from japan 2019");

        var answer = await chat.AskAsync(followUp);

        AnswerAssert.Is(answer, Outcome.Clarify, IntentNames.FollowUp, expected);
    }

    [Fact]
    public async Task RouteAsync_FollowUpInAnotherConversation_DoesNotSeeThisOnesContext()
    {
        var chat = fixture.NewSession();
        await chat.AskAsync("korea imports from japan 2019", key: "slack:thread-a");

        var answer = await chat.AskAsync("and the year after that?", key: "slack:thread-b");

        AnswerAssert.Is(answer, Outcome.Clarify, IntentNames.FollowUp);
    }

    [Fact]
    public async Task RouteAsync_FollowUpAfterContextExpired_AsksToClarify()
    {
        var chat = fixture.NewSession();
        await chat.AskAsync("korea imports from japan 2019");
        chat.Time.Advance(RouterFixture.ConversationTtl + TimeSpan.FromMinutes(1));

        var answer = await chat.AskAsync("and the year after that?");

        AnswerAssert.Is(answer, Outcome.Clarify, IntentNames.FollowUp);
    }

    [Fact]
    public async Task RouteAsync_FollowUpJustBeforeExpiry_StillResolves()
    {
        var chat = fixture.NewSession();
        await chat.AskAsync("korea imports from japan 2019");
        chat.Time.Advance(RouterFixture.ConversationTtl - TimeSpan.FromMinutes(1));

        var answer = await chat.AskAsync("and the year after that?");

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Statistic, "$45.92 bn");
    }

    [Fact]
    public async Task RouteAsync_NewFullQuestionAfterStatistics_IsNotTreatedAsAFollowUp()
    {
        var chat = fixture.NewSession();
        await chat.AskAsync("korea imports from japan 2019");

        var answer = await chat.AskAsync("when was the 1965 treaty signed");

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, "22 June 1965");
    }
}
