using System.Globalization;
using Bot.Core.Knowledge;

namespace Bot.Core.Answers.Templates;

/// <summary>
/// The fixed strings of a Korean answer. Naming policy as in knowledge/README.md: the Korean name first, the Japanese one
/// in parentheses (독도(일본명 다케시마)); each government's own term attributed, never ours.
/// </summary>
public static class KoreanTemplates
{
    // Sunday first, as DayOfWeek counts.
    private static readonly string[] Weekdays = ["일", "월", "화", "수", "목", "금", "토"];

    public static AnswerTemplates Text { get; } = new()
    {
        Lang = Lang.Ko,
        Colon = ":",
        SourcesLabel = "출처",
        AlsoAskLabel = "이런 질문도 할 수 있어요",
        KnowledgeAsOfNote = date => $"{date} 기준 정보",
        AsOfLine = date => $"제 지식 베이스는 {date}까지의 정보입니다.",
        EndsBefore = (date, what) => $"제 지식은 {date}에서 끝나므로 {what}에 대해서는 말씀드릴 수 없습니다. 추측하기보다 그렇게 말씀드리겠습니다.",
        EndsMarker = "제 지식은",
        Coverage =
            "한일 관계에 관한 질문에 답합니다. 무역·투자·방문객·여론조사 수치, 1876년부터 오늘까지의 사건 연표, 그리고 주요 쟁점" +
            "(독도(일본명 다케시마), 위안부, 전시 강제징용 문제, 1965년 조약, 수출규제, 지소미아(GSOMIA) 등)을 출처와 함께 알려 드립니다.",
        ExampleQuestions =
        [
            "2011년 한국의 대일 수입액은?",
            "1965년 한일기본조약은 언제 서명됐나요?",
            "지소미아가 뭐예요?",
            "독도 문제는 왜 다투나요?",
            "2019년에 무슨 일이 있었나요?",
        ],
        WeakSource = " (출처가 약함)",
        Derived = " (산술로 도출)",
        SourcesDiffer = " (출처마다 다름)",
        LanguagesSpoken = "I answer in English, Korean (한국어) and Japanese (日本語).",
        Untranslated = "_(이 항목은 아직 한국어 번역이 없어 영어 원문으로 보여 드립니다.)_",
        EmptyTitle = "질문해 주세요",
        EmptyBody = "한일 관계에 관한 질문을 입력해 주세요.",
        NotSureTitle = "무슨 뜻인지 잘 모르겠습니다",
        NotSureBody = "한일 관계에 관한 질문으로 다시 말씀해 주시겠어요?",
        RephraseTitle = "다시 말씀해 주시겠어요?",
        RephraseBody = "질문을 알아듣지 못했습니다. 한일 관계에 대해 물어봐 주세요. 예: \"2011년 한국의 대일 수입액은?\"",
        FollowUpTitle = "어떤 이야기의 후속 질문인가요?",
        FollowUpNextBody = "다음으로 무엇이 궁금하신가요? 짧게 물어 주세요. 예: \"그 전해는?\", \"왜?\", \"일본 측 입장은?\"",
        UnansweredParts = (asked, answered) => $"_한 메시지에 질문이 {asked}개 있어 앞의 {answered}개에만 답했습니다. 나머지는 새 메시지로 물어 주세요._",
        FollowUpBody = "후속 질문처럼 보이지만 앞의 맥락을 모르겠습니다. 전체 질문을 해 주세요. 예: \"2019년 한국의 대일 수출은?\"",
        OutsideScope = ("제가 다루는 범위 밖입니다", "죄송하지만 답할 수 없는 질문입니다."),
        Hateful = ("도와드릴 수 없습니다",
            "한국인, 일본인 또는 누구에 대한 모욕도 만들거나 논하지 않습니다. 사실에 관한 질문에는 출처와 함께 기꺼이 답합니다."),
        MassPing = ("사람들을 호출하지 않습니다",
            "everyone, here, 채널이나 역할을 멘션하지 않습니다. 한일 관계에 관한 질문을 하시면 여기서 답하겠습니다."),
        Markup = ("질문에만 답합니다", "질문이 아니라 코드나 마크업으로 보여서 처리하지 않겠습니다."),
        Manipulation = ("제 출처에 근거해서만 답합니다",
            "지시를 바꾸거나, 역할을 연기하거나, 발언을 지어내거나 요청대로 되풀이할 수 없습니다. 쟁점에 대해서는 양국 정부의 입장을 각각 출처와 함께 전합니다. 주제를 물어보시면 보여 드리겠습니다."),
        CantPredictTitle = "예측할 수 없습니다",
        CantPredict = date => $"저는 예측을 하거나 미래를 사실처럼 말하지 않습니다. 제 출처는 {date}까지 일어난 일을 기록합니다.",
        LatestRelatedFacts = " 관련해 제가 가진 최신 사실:",
        ClosestHeld = " 제가 가진 가장 가까운 정보:",
        ThatPeriod = "그 시기",
        HelpTitle = "한일 관계 봇: 답할 수 있는 것",
        HelpHolds = c => string.Create(CultureInfo.InvariantCulture,
            $"보유 자료: 통계 시리즈 {c.Series}개, 연표 사건 {c.Events}건({c.FirstYear}~{c.LastYear}년), FAQ 주제 {c.Topics}개, 영어·한국어·일본어 용어 {c.Names}개, 인용 출처 {c.Sources}개."),
        HelpPromise = " 검증할 수 없는 수치는 그렇다고 말씀드리고, 쟁점에 대해서는 양국 정부의 입장을 모두 전합니다.",
        Try = "예시: ",
        WhyItMatters = "_의의:_ ",
        DateLabel = "날짜",
        WhatHappenedIn = year => $"{year}년에는 무슨 일이 있었나요?",
        TellMeAbout = title => $"{title}에 대해 알려 줘",
        PositionsNotFindings = "쟁점이 있는 문제입니다. 위의 입장은 각국 정부의 것이며, 사실로 확정된 내용이 아닙니다.",
        ContestedNoSides = "쟁점이 있는 문제이며, 저는 어느 편도 들지 않습니다. 각국 정부의 입장은 다음과 같습니다.\n\n",
        ClosestEvent = " 제가 가진 가장 가까운 사건:",
        EventWeakSource = "참고: 약한 출처나 2차 출처에 근거한 내용입니다.",
        EventSourcesDiffer = "참고: 세부 내용은 출처마다 다르며, 위에 모두 적었습니다.",
        MatchingEvents = n => string.Create(CultureInfo.InvariantCulture, $"해당 사건 {n}건"),
        EventsTitle = span => $"사건 — {span}",
        EventsIn = span => $"{span}의 사건",
        WhatHappenedRecently = "최근에 무슨 일이 있었나요?",
        NothingAbout = (names, span) => $"{span}에 대해 제 연표에는 {names} 관련 사건이 없습니다. 그 시기에 보유한 사건 전체:",
        NoEvents = span => $"{span}에 기록된 사건이 없습니다.",
        Nearest = "가장 가까운 사건: ",
        AndMore = n => string.Create(CultureInfo.InvariantCulture, $"… 외 {n}건. 기간을 좁혀서 물어봐 주세요."),
        AnythingLater = "그 이후의 일",
        MostRecentEvents = "최근 사건",
        AnythingAfterThat = "그 이후의 일",
        UpTo = year => $"{year}까지",
        Since = date => $"{date} 이후",
        YearSpan = (from, to) => string.Create(CultureInfo.InvariantCulture, $"{from}~{to}년"),
        FullStop = ".",
        PointFigure = (name, label, value) => $"{name}, {label}: **{value}**",
        LatestFigure = (name, value, label) => $"{name}: 제가 가진 최신 수치는 **{value}**({label})입니다",
        NoVerifiedFigure = (name, year) => $"{year}년 {name}에 대한 검증된 수치가 없습니다.",
        NearestYears = "가장 가까운 연도의 수치: ",
        YearsHeld = "보유 연도: ",
        NotVerifiable = "검증 불가: ",
        Latest = "최신",
        NoFigure = "수치 없음",
        AlsoInMySources = year => $"\n\n출처에 있는 {year}년의 다른 내용: ",
        ShareOf = (percent, of) => $"{of}의 약 **{percent}%**입니다(위 수치로 계산).",
        NameInYear = (name, year) => $"{year}년 {name}",
        RangeSpan = (from, to) => $"{(from is { } f ? f.ToString(CultureInfo.InvariantCulture) + "년" : "처음")}~{(to is { } x ? x.ToString(CultureInfo.InvariantCulture) + "년" : "최신")}",
        NoFiguresIn = (name, span) => $"{span}의 {name} 수치는 없습니다.",
        MoreFigures = n => string.Create(CultureInfo.InvariantCulture, $"… 외 {n}개."),
        Highest = "최고",
        Lowest = "최저",
        HighestSmallestDeficit = "최고(적자 최소)",
        LowestLargestDeficit = "최저(적자 최대)",
        ExtremeFigure = (span, word, name, value, label) => $"제가 가진 연도({span}) 중 {name}의 {word} 수치는 {label}의 **{value}**입니다",
        ComparesOnly = n => string.Create(CultureInfo.InvariantCulture, $"\n\n출처에 있는 {n}개 연도만 비교했으며, 검증된 수치가 없는 연도는 포함하지 않았습니다."),
        MissingYears = " 누락: ",
        FigureIn = (value, label) => $"{label} {value}",
        ChangeLabel = "변화: ",
        MyArithmetic = " — 위 수치로 계산한 값입니다.",
        TimesAs = (big, small, ratio) => $"{big}은(는) {small}의 약 **{ratio}배**",
        Together = (value, label) => $"{label} 합계: **{value}**",
        LargerIn = label => $"{label}의 수치가 더 큽니다.",
        PeriodTo = (from, to) => $"{from}~{to}",
        AnotherSource = value => $" 다른 출처의 수치: {value}",
        AndIn = label => $"{label}은?",
        WhenPeak = name => $"{name}: 가장 많았던 해는?",
        ShareArithmetic = (part, whole, percent) => $"{whole} 가운데 {part}, 곧 **{percent}%**입니다(아래 수치로 계산한 값).",
        MarginArithmetic = (first, second, difference) => $"{first}% − {second}% = **{difference}%포인트**(아래 수치로 계산한 값).",
        Claims = new ClaimTemplates
        {
            YesTitle = "맞습니다 — 제 자료와 일치합니다",
            Yes = notes => $"맞습니다: {notes}.",
            NoTitle = "제 자료와 다릅니다",
            No = notes => $"제 자료와 다릅니다: {notes}.",
            CantConfirm = "제 자료로는 그 주장을 확인하거나 부정할 수 없습니다. 자료에 있는 내용:",
            ContestedTitle = title => $"{title}: 입장이 엇갈리는 사안",
            Contested = "입장이 엇갈리는 사안이라 어느 쪽 주장도 사실로 확인하지 않습니다. 각 정부의 입장은 다음과 같습니다.",
            NoteSeparator = "; ",
            FigureRight = figure => $"제 자료의 수치도 {figure}입니다",
            FigureWrong = (given, claimed) => $"자료의 수치는 {given}입니다({claimed} 아님)",
            VoteRight = vote => $"자료의 표결 결과도 {vote}입니다",
            YearRight = year => $"{year}년이 맞습니다",
            DateWrong = (date, year) => $"자료에 따르면 {date}의 일입니다({year}년 아님)",
            PlaceRight = place => $"장소는 {place}입니다",
            PlaceWrong = (actual, claimed) => $"자료에 따르면 장소는 {actual}입니다({claimed} 아님)",
            PersonNamed = name => $"자료에도 {name}의 이름이 나옵니다",
            PersonServing = (date, name, office) => $"{date}의 일로, 당시 {office}: {name}",
            PersonNotServing = (date, holder, person, office) => $"{date}의 일로, 당시 {office}: {holder}({person} 아님)",
        },
        Roles = new RoleTemplates
        {
            Offices = new Dictionary<string, string>
            {
                [Offices.PresidentOfKorea] = "한국 대통령",
                [Offices.PrimeMinisterOfJapan] = "일본 총리",
                [Offices.ForeignMinisterOfKorea] = "한국 외교부 장관",
                [Offices.ForeignMinisterOfJapan] = "일본 외무상",
                [Offices.SecurityAdviserOfKorea] = "한국 국가안보실장",
                [Offices.ChiefCabinetSecretaryOfJapan] = "일본 관방장관",
            },
            OfficeInSentence = office => office,
            AsOf = date => $"{date} 기준(제 자료가 다루는 마지막 날짜)",
            InYears = years => $"{years}년",
            FromTo = (from, to) => $"{from}년부터 {to}년까지",
            Holder = (when, office, name, plain, now, term) =>
                $"{when} {office}{Topic(office)} {name}{(now ? "입니다" : EndsInConsonant(plain) ? "이었습니다" : "였습니다")}{(term is null ? "." : $" (재임 {term}).")}",
            HoldersIntro = (when, office, now) => $"{when} {office}{Topic(office)} 다음과 같습니다:",
            InOffice = term => $", 재임 {term}",
            Since = date => $"{date}부터",
            NoHolder = (when, office) => $"{when} {office}의 검증된 재임자는 제 자료에 없습니다.",
            HoldersHeld = "제 자료에 있는 재임자: ",
            NoTermDates = "제 자료에는 이 임기의 날짜가 없습니다.",
            NotInSources = "자료에 없음",
            Followed = (other, person, office, term) => $"{person}의 후임 {office}: {other}, 재임 {term}.",
            Preceded = (other, person, office, term) => $"{person}의 전임 {office}: {other}, 재임 {term}.",
            NoSuccessor = (person, office, asOf, still) => $"{asOf} 기준 제 자료에는 {person}의 후임 {office} 기록이 없습니다{(still ? "(현재 재임 중)" : "")}.",
            NoPredecessor = (person, office) => $"제 자료에는 {person}의 전임 {office}이(가) 없습니다.",
        },
        LanguageNames = ("영어", "한국어", "일본어"),
        DigestTitle = day => $"한일 관계 데일리 다이제스트 · {PartialDate.From(day).ToDisplay(Lang.Ko)} {Weekdays[(int)day.DayOfWeek]}요일",
        OnThisDayHeading = "오늘의 역사",
        OnThisDayLine = (year, title, years, significance) => string.Create(CultureInfo.InvariantCulture,
            $"• **{year}년** — {title}({years}년 전). {significance}"),
        UpcomingHeading = days => string.Create(CultureInfo.InvariantCulture, $"앞으로 {days}일 동안의 기념일"),
        UpcomingLine = (day, nth, title, year) => string.Create(CultureInfo.InvariantCulture,
            $"• **{PartialDate.From(day).ToDisplay(Lang.Ko)}({Weekdays[(int)day.DayOfWeek]})** — {nth}주년: {title}({year}년)"),
        StatisticHeading = "오늘의 통계",
        SpotlightFigure = (name, value, label, flag) => $"**{name}**: {label} {value}{flag}",
        SpotlightChange = (delta, before) => $" ({before} 대비 {delta})",
        SpotlightPeak = (value, label) => $" 보유한 수치 중 최고치는 {label}의 {value}입니다.",
        FaqSpotlightHeading = "오늘의 FAQ",
        FaqSpotlightContested = "\n쟁점이 있는 문제입니다. 물어보시면 한국 정부와 일본 정부의 입장을 나란히 알려 드립니다.",
        AskMe = question => $"\n이렇게 물어보세요: “{question}”",
        ChangesHeading = "지식 베이스 업데이트",
        ChangeLine = (isNew, kind, what) => $"• {kind} {(isNew ? "추가" : "수정")}: {what}",
        ChangeKinds = ("연표 사건", "FAQ", "통계", "용어"),
        TitleWithDate = (title, date) => $"{title}({date})",
        MoreChanges = n => string.Create(CultureInfo.InvariantCulture, $"… 외 {n}건."),
        HeadlinesHeading = "뉴스 헤드라인",
        HeadlinesNote = "\n(설정된 뉴스 피드에서 가져온 기사로, 봇 관리자가 확인한 내용이 아닙니다.)",
        DigestEmpty = "오늘은 전해 드릴 소식이 없습니다.",
        OutcomeNote = ("검증된 출처에 근거한 답변", "추가 정보 필요", "답변하지 않음"),
        DigestShortened = "_(Slack 제한에 맞추어 다이제스트를 줄였습니다.)_",
        AnswerShortened = "\n_(Slack 제한에 맞추어 답변을 줄였습니다. 나머지는 범위를 좁혀 물어봐 주세요.)_",
        ContinueInThread = "스레드에서 이어 묻기",
        HelpfulButton = "👍 도움이 됐어요",
        NotHelpfulButton = "👎 도움이 안 됐어요",
        ShareButton = "채널에 공유",
        NoSources = "이 답변에는 인용한 출처가 없습니다.",
        MoreSources = n => string.Create(CultureInfo.InvariantCulture, $"… 외 {n}개: 출처 버튼을 눌러 주세요."),
        Failure = "죄송합니다. 답변하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
        Working = "답변을 준비하고 있습니다…",
        Busy = "지금은 요청이 많습니다. 1분 후에 다시 시도해 주세요.",
        NotInThisChannel = "관리자가 제가 답하는 채널을 제한했으며, 이 채널은 포함되어 있지 않습니다. DM이나 제가 답하는 채널에서 물어봐 주세요.",
        VoteThanks = ("감사합니다. 도움이 되었다니 다행입니다. 👍 (평가는 언제든 바꿀 수 있습니다.)", "알려 주셔서 감사합니다. 👎 평가는 답변 개선에 활용됩니다."),
        VoteNotCounted = "누가 평가했는지 알 수 없어 평가를 반영하지 않았습니다.",
        FeedbackThanks = "감사합니다. 의견이 기록되었습니다.",
        ButtonExpired = "더 이상 사용하지 않는 버튼입니다. /ask로 다시 물어봐 주세요.",
        SourcesExpired = "그 답변의 출처는 더 이상 보관하고 있지 않습니다(하루 동안 보관). 답변 본문에 적혀 있으니 확인하시거나 다시 물어봐 주세요.",
        ShareExpired = "그 답변은 더 이상 공유할 수 없습니다. 다시 물어봐 주세요.",
        AlreadyShared = "그 답변은 이미 채널에 공유되었습니다.",
        ReasonQuestion = "어떤 점이 문제였나요? 원하시면 큐레이터에게 알려 주세요(본인에게만 보입니다).",
        ReasonPlaceholder = "이유 선택",
        ReasonLabels = ["틀렸어요", "최신 정보가 아니에요", "중립적이지 않아요", "질문에 답하지 않았어요", "기타…"],
        ReasonTextTitle = "이유 알려 주기",
        ReasonTextLabel = "무엇이 문제였나요? (300자 이내)",
        ReasonSend = "보내기",
        ReasonCancel = "취소",
        ReasonClose = "닫기",
        ReasonThanks = label => $"감사합니다. ‘{label}’(으)로 기록했습니다. 큐레이터가 검토합니다.",
        ReasonVoteGone = "그 평가는 더 이상 남아 있지 않습니다. 이유를 알려 주시려면 👎를 다시 눌러 주세요.",
        ThreadsOnlyInServers = "스레드는 서버 채널의 답변에서만 시작할 수 있습니다.",
        ThreadsOff = "이 채널에서는 스레드 후속 질문이 꺼져 있습니다.",
        ThreadName = "후속 질문",
        ThreadNotSaid = "Discord가 어떤 스레드를 시작했는지 알려 주지 않았습니다. 저를 멘션해서 다시 물어봐 주세요.",
        ThreadStarted = (thread, mentionEach) => mentionEach
            ? $"{thread} 스레드를 시작했습니다. 후속 질문은 그곳에서 매번 저를 멘션해서 물어봐 주세요."
            : $"{thread} 스레드를 시작했습니다. 후속 질문은 그곳에서 물어봐 주세요.",
        ThreadExists = "이 답변에는 이미 스레드가 있습니다. 그곳에서 이어 가세요.",
        ThreadRefused = "여기서는 스레드를 시작할 수 없습니다. 이 채널에서 공개 스레드 만들기 권한이 필요합니다.",
        SlackHelp = command => $"""
            **한일 관계에 대해 물어보세요** (`{command}`)
            • `{command} <질문>` — 무엇이든, 예: `{command} 지소미아가 뭐예요?`
            • `{command} stats imports 2011` — 특정 연도나 기간의 수치
            • `{command} timeline 2019` — 언제 무슨 일이 있었는지
            • `{command} faq dokdo` — 주요 쟁점과 양국 정부의 입장
            • `{command} about` — 제가 아는 것과 그 출처
            • `{command} help` — 이 안내
            • 관리자용: `{command} digest subscribe|unsubscribe|status|preview` — 이 채널의 데일리 다이제스트, `{command} reload` — 지식 파일 다시 읽기, `{command} config` — 답변하는 곳과 방식
            채널에서 저를 멘션하면 스레드에서 답하고, 그 스레드의 답글은 맥락을 이어 갑니다(다시 멘션할 필요 없음). DM으로 물어보셔도 됩니다.
            """,
        SlackHint = (command, subcommand) => subcommand switch
        {
            "stats" => $"어떤 수치인가요? 예: `{command} stats imports 2011` 또는 `{command} stats visitors 2019-2024`",
            "timeline" => $"어떤 시기나 사건인가요? 예: `{command} timeline 2019` 또는 `{command} timeline 1965 treaty`",
            "faq" => $"어떤 주제인가요? 예: `{command} faq dokdo` 또는 `{command} faq gsomia`",
            _ => $"무엇이 궁금하신가요? 예: `{command} 1965년 조약은 언제 서명됐나요?`",
        },
        TooLongTitle = "질문이 너무 깁니다",
        TooLong = (limit, length) => string.Create(CultureInfo.InvariantCulture, $"질문은 {limit:#,0}자까지 읽을 수 있는데, 이 질문은 {length:#,0}자입니다. 줄여서 다시 물어봐 주세요."),
        SlowDownTitle = "잠시만 기다려 주세요",
        SlowDown = seconds => string.Create(CultureInfo.InvariantCulture, $"여기서 제가 답하는 속도보다 빠르게 질문하고 계십니다. {seconds}초 후에 다시 시도해 주세요."),
        ChartMissingYears = (bars, unverified) => (bars ? "막대가 없는 연도" : "점이 없는 연도")
            + (unverified is null ? ": 보유한 수치가 없으며 추정하지 않았습니다." : $": 보유한 수치가 없으며 추정하지 않았습니다({unverified}: 검증 불가)."),
        AndMorePublishers = n => string.Create(CultureInfo.InvariantCulture, $" 외 {n}곳"),
    };

    /// <summary>은 after a final consonant (대통령은), 는 after a vowel (총리는).</summary>
    private static string Topic(string word) => EndsInConsonant(word) ? "은" : "는";

    /// <summary>Whether the last Hangul syllable has a final consonant (받침), which picks the particle.</summary>
    private static bool EndsInConsonant(string word)
    {
        var last = word.TrimEnd().LastOrDefault(c => c is >= '\uAC00' and <= '\uD7A3');
        return last != default && (last - '\uAC00') % 28 != 0;
    }
}
