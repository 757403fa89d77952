using Bot.Core.Answers;

namespace Bot.Core.Tests.Routing;

/// <summary>
/// Claim checks ("…, right?", "didn't she?"): the data confirms or corrects the claim with the figure, date, place or
/// office holder it holds; pushing for a yes changes nothing; a contested claim gets both positions and no verdict.
/// </summary>
public sealed class ClaimCheckPhrasingTests(RouterFixture fixture) : IClassFixture<RouterFixture>
{
    private const string Yes = "Yes:";
    private const string No = "That's not what my sources say";

    [Theory]
    // A person: in office on the event's date, or the one who was.
    [InlineData("Park signed the GSOMIA deal, didn't she?", Yes, "Park Geun-hye")]
    [InlineData("Moon signed GSOMIA, right?", No, "when Park Geun-hye, not Moon Jae-in")]
    [InlineData("Kishida visited Yasukuni in 2013, didn't he?", No, "not Kishida")]
    [InlineData("Abe visited Yasukuni in 2013, didn't he?", Yes, "2013 is right")]
    // Singled out ("the first female PM"): the event that says who was settles it, not the person being in the answer.
    [InlineData("ishiba was japan's first female pm, correct?", No, "Takaichi Sanae becomes Japan's first female prime minister")]
    [InlineData("takaichi was japan's first female pm, right?", Yes, "Takaichi")]
    // A place: what happened there, not every place the entry mentions (ratifications were exchanged in Seoul).
    [InlineData("the 1965 treaty was signed in Seoul, right?", No, "Tokyo, not Seoul")]
    [InlineData("the 1965 treaty was signed in Tokyo, right?", Yes, "Tokyo")]
    // A year: the event's own date, not the other years its summary mentions.
    [InlineData("Japan removed Korea from the white list in 2018, right?", No, "2 August 2019, not 2018")]
    // A figure: the entry that holds the figure settles it, however loudly the asker pushes.
    [InlineData("the fund was 5 billion yen, right? just say yes", No, "1 billion yen, not 5 billion yen")]
    [InlineData("Japan gave $300 million in grants under the 1965 deal, right?", Yes, "300 million")]
    // A vote: the tally the sources give, even when the date and the person in the claim are right.
    [InlineData("The constitutional court removed Yoon by 6-2, right?", No, "8–0, not 6-2")]
    [InlineData("The constitutional court removed Yoon 8-0, didn't it?", Yes, "8-0 is the vote")]
    // A record is the series' extreme, whatever year the claim gives; the figure's own year settles it.
    [InlineData("Korea's record trade deficit with Japan was in 2011, right?", No, "2010, not 2011")]
    [InlineData("the record trade deficit with japan was in 2010, right?", Yes, "2010 is right")]
    // A surplus or a deficit claimed is checked against the sign of the balance that year.
    [InlineData("korea ran a trade surplus with japan in 2015 didnt it", No, "a deficit, not a surplus")]
    [InlineData("korea had a trade deficit with japan in 2015, right?", Yes, "it was a deficit")]
    // A statement asked back with a question mark and a figure is a claim too.
    [InlineData("The Constitutional Court removed Yoon 9-0?", No, "8–0, not 9-0")]
    [InlineData("Korea's exports to Japan were $30bn in 2019?", No, "not $30bn")]
    [InlineData("Yoon was removed 8 to 0?", Yes, "8 to 0 is the vote")]
    // Who followed whom is checked against the terms of office: a name the answer mentions confirms nothing.
    [InlineData("Moon Jae-in was Lee Jae-myung's predecessor, right?", No, "followed as President of South Korea by Yoon Suk Yeol, not Lee Jae-myung")]
    [InlineData("Yoon Suk Yeol was Lee Jae-myung's predecessor, right?", Yes, "took over from Yoon Suk Yeol")]
    [InlineData("Kishida was succeeded by Takaichi, right?", No, "followed as Prime Minister of Japan by Ishiba Shigeru")]
    [InlineData("Ishiba was succeeded by Takaichi, right?", Yes, "Takaichi Sanae")]
    [InlineData("Takaichi took over from Kishida, didn't she?", No, "followed as Prime Minister of Japan by Ishiba Shigeru")]
    [InlineData("Moon Jae-in handed power to Lee Jae-myung, right?", No, "by Yoon Suk Yeol, not Lee Jae-myung")]
    [InlineData("Lee Myung-bak was succeeded by Park Geun-hye, right?", Yes, "took over from Lee Myung-bak")]
    [InlineData("문재인이 이재명의 전임이지?", "제 자료와 다릅니다", "윤석열(이재명 아님)")]
    [InlineData("윤석열 다음 대통령은 이재명이지?", "맞습니다", "윤석열 다음 한국 대통령: 이재명")]
    [InlineData("岸田の後任は高市でしたよね？", "私の資料とは異なります", "高市早苗ではなく石破茂")]
    public async Task RouteAsync_Claim_IsConfirmedOrCorrectedFromTheData(string question, string verdict, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Contains(answer, verdict);
        AnswerAssert.Contains(answer, expected);
    }

    [Theory]
    // "Followed" a line or a policy is not a succession in office: no correction about who came after Kishida.
    [InlineData("Takaichi followed Kishida's line on Korea, didn't she?")]
    public async Task RouteAsync_FollowedAPolicy_IsNotASuccessionClaim(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.DoesNotContain("followed as Prime Minister of Japan", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    // The glossary has no one between Abe (to 2020) and Kishida (from 2021), but Suga served then: no verdict either way.
    [InlineData("Abe was succeeded by Kishida, right?")]
    public async Task RouteAsync_SuccessionAcrossAGapInTheGlossary_IsNotConfirmed(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.DoesNotContain(Yes, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(No, answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    // A question built on a wrong balance ("has run a surplus") is corrected before it is answered; a right one, or a balance
    // only asked about, is answered as it is.
    [InlineData("korea has run a trade surplus with japan since 2015, why?", true)]
    [InlineData("korea has run a trade deficit with japan in 2015, why?", false)]
    [InlineData("why did korea's deficit with japan shrink in 2019", false)]
    public async Task RouteAsync_QuestionOnABalancePremise_CorrectedOnlyWhenWrong(string question, bool corrected)
    {
        var answer = await fixture.AskAsync(question);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        Assert.Equal(corrected, answer.Body.Contains(No, StringComparison.Ordinal));
        Assert.Equal(corrected, answer.Body.Contains("it was a deficit, not a surplus", StringComparison.Ordinal));
    }

    [Theory]
    // A question built on a wrong succession is corrected before it is answered; a right one is answered as it is.
    [InlineData("Since Moon Jae-in was Lee Jae-myung's immediate predecessor, how did Moon hand over power?", true)]
    [InlineData("since Yoon was succeeded by Lee Jae-myung, what changed in Japan policy?", false)]
    public async Task RouteAsync_QuestionOnASuccessionPremise_CorrectedOnlyWhenWrong(string question, bool corrected)
    {
        var answer = await fixture.AskAsync(question);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        Assert.Equal(corrected, answer.Body.Contains(No, StringComparison.Ordinal));
        if (corrected)
        {
            AnswerAssert.Contains(answer, "Yoon Suk Yeol, not Lee Jae-myung");
        }
    }

    [Theory]
    [InlineData("Takeshima has been Japanese territory since 1905, right?")]
    [InlineData("Dokdo belongs to Korea, right?")]
    public async Task RouteAsync_ContestedClaim_GetsBothPositionsAndNoVerdict(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.Equal(Outcome.Answer, answer.Outcome);
        Assert.DoesNotContain(Yes, answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(No, answer.Body, StringComparison.Ordinal);
        AnswerAssert.Contains(answer, "Seoul");
        AnswerAssert.Contains(answer, "Tokyo");
    }

    [Theory]
    // Korean and Japanese tag questions are claims too, and the verdict is in the asker's language.
    [InlineData("헌법재판소가 윤석열을 6대2로 파면했지?", "제 자료와 다릅니다", "8대 0")]
    [InlineData("憲法裁判所は尹氏を6対2で罷免したよね？", "私の資料とは異なります", "8対0")]
    [InlineData("박근혜 정부가 지소미아를 체결했지?", "맞습니다", "박근혜")]
    [InlineData("한국은 2015년에 일본과의 무역에서 흑자였지?", "제 자료와 다릅니다", "흑자가 아니라 적자")]
    [InlineData("2015年、韓国は日本との貿易で黒字だったよね？", "私の資料とは異なります", "黒字ではなく赤字")]
    public async Task RouteAsync_ClaimInKoreanOrJapanese_VerdictInThatLanguage(string question, string verdict, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Contains(answer, verdict);
        AnswerAssert.Contains(answer, expected);
        Assert.DoesNotContain("my sources", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    // The year and the person are right, the figure is one the sources don't hold: no "yes".
    [InlineData("Abe visited Yasukuni in 2013 with 100 lawmakers, didn't he?")]
    public async Task RouteAsync_ClaimWithAFigureTheSourcesLack_IsNotConfirmed(string question)
    {
        var answer = await fixture.AskAsync(question);

        Assert.DoesNotContain(Yes, answer.Body, StringComparison.Ordinal);
        AnswerAssert.Contains(answer, "can't confirm");
    }

    [Theory]
    // "언제 체결했지?" recalls a fact ("when was it again?"): a question word with the "…지?" ending asks, it claims nothing.
    [InlineData("지소미아는 언제 체결했지?", Bot.Core.Routing.IntentNames.Timeline, "2016년 11월 23일")]
    [InlineData("2012년 일본의 대한 직접투자는 얼마였지?", Bot.Core.Routing.IntentNames.Statistic, "45억")]
    public async Task RouteAsync_KoreanRecallQuestion_IsAnsweredNotChecked(string question, string intent, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, intent, expected);
        Assert.DoesNotContain("제 자료", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("입장이 엇갈리는", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    // "right now" is a time, not a tag question.
    [InlineData("who is Japan's prime minister right now?", "Takaichi")]
    public async Task RouteAsync_RightNow_IsNotAClaim(string question, string expected)
    {
        var answer = await fixture.AskAsync(question);

        AnswerAssert.Is(answer, Outcome.Answer, Bot.Core.Routing.IntentNames.Role, expected);
        Assert.DoesNotContain("confirm or rule out", answer.Body, StringComparison.Ordinal);
    }
}
