using Bot.Core.Answers;
using Bot.Core.Routing;

namespace Bot.Core.Tests.Routing;

/// <summary>Timeline questions: "when did X happen", a year or a period, recent events, relative dates (today is 27 November 2026).</summary>
public sealed class TimelinePhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    [Theory]
    [InlineData("when was the 1965 treaty signed", "22 June 1965")]
    [InlineData("When was the basic treaty signed?", "22 June 1965")]
    [InlineData("when did japan and korea normalize relations", "22 June 1965" + AnswerAssert.Or + "18 December 1965")]
    [InlineData("한일기본조약 언제 체결됐어?", "1965년 6월 22일")]
    [InlineData("日韓基本条約はいつ署名されましたか", "1965年6月22日")]
    [InlineData("when did japan annex korea", "22 August 1910")]
    [InlineData("when was the eulsa treaty", "17 November 1905")]
    [InlineData("when was the treaty of ganghwa", "26 February 1876")]
    [InlineData("when was the march first movement", "1 March 1919")]
    [InlineData("when was korea liberated", "15 August 1945")]
    [InlineData("광복절은 언제야", "1945년 8월 15일")]
    [InlineData("when was the san francisco peace treaty signed", "8 September 1951")]
    [InlineData("when did the wednesday demonstrations start", "8 January 1992")]
    [InlineData("when was the kono statement", "4 August 1993")]
    [InlineData("when was the murayama statement issued", "15 August 1995")]
    [InlineData("when was the kim-obuchi declaration", "8 October 1998")]
    [InlineData("when did korea and japan host the world cup", "31 May 2002")]
    [InlineData("when did shimane designate takeshima day", "16 March 2005")]
    [InlineData("when was the statue of peace unveiled", "14 December 2011")]
    [InlineData("when did lee myung-bak visit dokdo", "10 August 2012")]
    [InlineData("when did abe visit yasukuni", "26 December 2013")]
    [InlineData("when was the 2015 comfort women agreement", "28 December 2015")]
    [InlineData("when was gsomia signed", "23 November 2016")]
    [InlineData("when did the nippon steel ruling happen", "30 October 2018")]
    [InlineData("when did the korean supreme court rule on forced labour in 2018", "30 October 2018")]
    [InlineData("when was the radar lock-on dispute", "20 December 2018")]
    [InlineData("when did japan impose export controls on korea", "4 July 2019")]
    [InlineData("when did the no japan boycott start", "July 2019")]
    [InlineData("when did japan remove korea from the white list", "2 August 2019")]
    [InlineData("when did seoul decide to end gsomia", "22 August 2019")]
    [InlineData("when did the fukushima water release start", "24 August 2023")]
    [InlineData("when was the camp david summit", "18 August 2023")]
    [InlineData("what year was the sado mine listed as world heritage", "27 July 2024")]
    [InlineData("when did the sado memorial boycott happen", "24 November 2024")]
    [InlineData("when did yoon declare martial law", "3 December 2024")]
    [InlineData("when was yoon impeached", "14 December 2024")]
    [InlineData("when did lee jae-myung win the election", "3 June 2025")]
    [InlineData("when did ishiba resign", "7 September 2025")]
    [InlineData("when did takaichi become prime minister", "21 October 2025")]
    [InlineData("when was the nara summit", "13 January 2026")]
    // A name written straight before the next word (李在明大統領) does not pair across it with a title that does the same.
    [InlineData("李在明大統領が就任したのはいつ？", "6月4日")]
    public async Task RouteAsync_WhenDidEventHappen_GivesTheEventsDate(string question, string date)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, date);
    }

    [Theory]
    [InlineData("what happened in 2019", "2019", "4 July 2019")]
    [InlineData("what happened in 1965", "1965", "22 June 1965")]
    [InlineData("events in 2023", "2023", "16 March 2023")]
    [InlineData("2015 events", "2015", "28 December 2015")]
    [InlineData("what happened in june 2025", "June 2025", "3 June 2025")]
    [InlineData("2019년에 무슨 일이 있었어?", "2019", "2019년 7월 4일")]
    [InlineData("2019年に何があった", "2019", "2019年7月4日")]
    [InlineData("what happened between 1905 and 1910", "1905–1910", "22 August 1910")]
    [InlineData("events between 2010 and 2015", "2010–2015", "10 August 2012")]
    [InlineData("what happened from 1945 to 1965", "1945–1965", "15 August 1945")]
    [InlineData("timeline 2018-2019", "2018–2019", "30 October 2018")]
    [InlineData("what happened last year", "2025", "3 June 2025")]
    [InlineData("what happened this year", "2026", "13 January 2026")]
    [InlineData("events this year", "2026", "knowledge ends")]
    [InlineData("what happened in 1800", "1800", "no events")]
    [InlineData("what happened in 2030", "2030", "knowledge ends")]
    public async Task RouteAsync_WhatHappenedInAPeriod_ListsThatPeriodsEvents(string question, string period, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, expected);
        Assert.Contains(period, answer.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what happened recently")]
    [InlineData("any recent events?")]
    [InlineData("recent developments")]
    [InlineData("latest news between japan and korea")]
    [InlineData("what's new in japan korea relations")]
    [InlineData("최근 한일 관계 소식")]
    [InlineData("最近の日韓関係の出来事")]
    public async Task RouteAsync_WhatHappenedRecently_ListsTheLatestEventsAndWhereKnowledgeEnds(string question)
    {
        var latest = fixture.Knowledge.Timeline[^1];

        var answer = await fixture.AskAsync(question);

        // Answered in the question's language: the date as its readers write it, and where the knowledge ends.
        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, latest.Date.ToDisplay(answer.Lang));
        AnswerAssert.Contains(answer, "knowledge ends" + AnswerAssert.Or + "제 지식은" + AnswerAssert.Or + "私の知識は");
    }

    [Theory]
    // Lee took office on 4 June 2025, the day after the election.
    [InlineData("what happened since lee took office", "16 June 2025", "10 May 2022")]
    [InlineData("what has happened under president lee", "23 August 2025", "10 May 2022")]
    [InlineData("이재명 취임 이후 한일 관계", "2025년 8월 23일", "2022년 5월 10일")]
    [InlineData("events since takaichi became pm", "30 October 2025", "3 June 2025")]
    [InlineData("what happened during the yoon administration", "16 March 2023", "3 June 2025")]
    public async Task RouteAsync_DuringALeadersTerm_ListsEventsOfThatTermOnly(string question, string inTerm, string outsideTerm)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, inTerm);
        AnswerAssert.DoesNotContain(answer, outsideTerm);
    }

    [Theory]
    // A list of one kind of event with no period: every one of that kind, and a leader named bounds it to his term (his
    // election matches "Lee" better than his later summits do; Camp David was Yoon's).
    [InlineData("Which Japanese prime ministers has Lee Jae-myung held summits with?", "Lee–Takaichi summit in Nara", "Camp David")]
    [InlineData("Which Japanese prime ministers has Lee Jae-myung held summits with?", "Lee–Ishiba summit in Busan", "wins the snap presidential election")]
    [InlineData("list Kishida's summits with Yoon", "Camp David", "Lee–Ishiba")]
    public async Task RouteAsync_ListOfOneKindForALeader_ListsThoseOfHisTermOnly(string question, string listed, string notListed)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, listed);
        AnswerAssert.DoesNotContain(answer, notListed);
    }

    [Theory]
    // A list of one kind of event in a period: that kind only, every one of them.
    [InlineData("list every summit Lee had with a japanese PM in 2025", "30 October 2025", "3 June 2025")]
    [InlineData("which summits were held in 2025?", "23 August 2025", "3 June 2025")]
    [InlineData("2025년 정상회담 목록 알려줘", "2025년 10월 30일", "2025년 6월 3일")]
    public async Task RouteAsync_ListOfOneKindOfEventInAPeriod_ListsThoseEventsOnly(string question, string listed, string otherKind)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, listed);
        AnswerAssert.Contains(answer, "17 June 2025" + AnswerAssert.Or + "2025년 6월 17일");
        AnswerAssert.DoesNotContain(answer, otherKind);
    }

    [Theory]
    // The year asked for picks the event: the February 2026 election, not the October 2025 vote that shares its words.
    [InlineData("What share of the 465 lower-house seats did the LDP take in February 2026?", "316", "237 of 465")]
    // A topic asked about in one year ("the Sado memorial" of the UNESCO dispute) is that year's event, not the overview.
    [InlineData("did korea attend the sado memorial in 2025", "13 September 2025", "24 November 2024")]
    [InlineData("did korea attend the sado memorial in 2024", "24 November 2024", "13 September 2025")]
    public async Task RouteAsync_EventOfTheYearAsked_BeatsAnEventOfAnotherYear(string question, string expected, string notExpected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Contains(answer, expected);
        Assert.DoesNotContain(notExpected, answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    // The outcomes of one named summit are that event's details, not the list of the month's events.
    [InlineData("what were the outcomes of the march 2023 yoon kishida summit", "WTO complaint")]
    // "What was unveiled at …" asks what happened there, not what the topic is.
    [InlineData("what was unveiled at the 1000th wednesday demonstration?", "Statue of Peace")]
    // An amount a court ordered is in the event's summary: the event answers "how much", no statistic does.
    [InlineData("how much did the january 2021 seoul court order japan to pay each comfort woman", "100 million won")]
    // Korea's own prime minister is not Japan's: the event names him (the current Japanese PM was answered before).
    [InlineData("韓国併合条約に署名した韓国側の首相は誰？", "李完用")]
    [InlineData("who was the korean prime minister who signed the annexation treaty?", "Ye Wanyong")]
    // "What was X?" with X an event's own name, or its people and a word of its title: the event, not a topic it belongs to
    // or a person's card.
    [InlineData("what was the radar lock-on incident", "20 December 2018")]
    [InlineData("kim dae jung obuchi declaration - what was it", "8 October 1998")]
    // Why Yoon was removed: the ruling's own summary says over what.
    [InlineData("why was yoon removed", "martial law")]
    // "요약" asks for the year's ruling, not the topic; "품목 3개 뭐였더라" lists the items of the event named.
    [InlineData("2018 대법원 강제징용 판결 요약 ㄱㄱ", "1억 원")]
    [InlineData("일본 수출규제 품목 3개 뭐였더라", "폴리이미드")]
    public async Task RouteAsync_DetailOfOneEvent_AnsweredFromThatEvent(string question, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, expected);
    }

    [Theory]
    // "How many times…?" counts the timeline's events of the kind asked (a visit when going is asked), of the people named, in
    // a leader's term; a person's name that is also a topic's alias bounds by person.
    [InlineData("how many times did abe go to yasukuni while pm", "Once, in my sources", "26 December 2013", "Koizumi")]
    [InlineData("how many summits did ishiba hold with lee", "3 times, in my sources", "30 September 2025", "Takaichi")]
    [InlineData("how many times did kishida visit seoul", "2 times, in my sources", "6 September 2024", "Yoon–Kishida summit in Tokyo")]
    [InlineData("이재명 정부 들어서 일본이랑 정상회담 몇 번 했어?", "제 자료로는 5번", "2026년 1월 13일", "윤석열")]
    public async Task RouteAsync_HowManyTimes_CountsTheEventsOfThatKind(string question, string count, string listed, string notListed)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, IntentNames.Timeline, count);
        Assert.Contains(listed, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(notListed, answer.Body, StringComparison.Ordinal);
    }
}
