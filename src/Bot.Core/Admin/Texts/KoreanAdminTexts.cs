using System.Globalization;
using Bot.Core.Digest;
using Bot.Core.Knowledge;

namespace Bot.Core.Admin.Texts;

/// <summary>The admin replies in Korean (<see cref="AdminTexts"/>), in the polite register of <see cref="Answers.Templates.KoreanTemplates"/>.</summary>
public static class KoreanAdminTexts
{
    public static AdminTexts Text { get; } = new()
    {
        Lang = Lang.Ko,
        GuildOnly = command => $"{command} 명령은 서버에서만 쓸 수 있습니다. 다이렉트 메시지에서는 쓸 수 없습니다.",
        ThisChannel = "이 채널",
        ChannelId = id => $"채널 {id}",
        ThisChannelStart = "이 채널",
        ChannelIdStart = id => $"채널 {id}",

        Saved = "저장했습니다.",
        SettingsIn = label => $"{label}의 설정:",
        ScopeWorkspace = "이 서버 또는 워크스페이스 전체: ",
        ScopeOnlyListed = "목록에 등록된 채널에서만",
        ScopeEveryChannel = "모든 채널",
        NotAnsweredHere = " — 그래서 이 채널에서는 질문에 답하지 않습니다",
        ConfigNotAllowedDiscord = "제가 어디서 어떻게 답할지는 '서버 관리하기' 권한이 있는 멤버만 바꿀 수 있습니다.",
        ConfigNotAdminSlack = command => $"죄송합니다. 제가 어디서 어떻게 답할지는 봇의 Slack 관리자(Slack:AdminUserIds)만 바꿀 수 있습니다. 설정은 `{command} config`로 확인하실 수 있습니다.",
        UnknownSetting = setting => $"{setting}: 그런 설정은 없습니다.",
        ChooseFrom = names => $"다음 중에서 골라 주세요: {names}.",
        BadValue = (value, setting, values) => $"{value}은(는) {setting}에 쓸 수 있는 값이 아닙니다. {values} 중 하나를 써 주세요.",
        ConfigUsageDiscord = "/config show 또는 /config set을 써 주세요.",
        ConfigUsageSlack = (command, list) =>
            $"설정을 보려면 `{command} config [#채널]`, 바꾸려면(관리자만) `{command} config <설정> <값> [#채널]`을 써 주세요. 설정과 값: {list}.",

        DigestNotEnabledDiscord = "이 봇에서는 데일리 다이제스트를 쓸 수 없습니다(저장소가 설정되어 있지 않습니다).",
        DigestNotEnabledSlack = "이 봇에는 아직 데일리 다이제스트가 설정되어 있지 않습니다.",
        DigestUsageDiscord = "/digest subscribe, /digest unsubscribe, /digest status, /digest preview 중 하나를 써 주세요.",
        DigestUsageSlack = (command, zone) => $"""
            **데일리 다이제스트** — 채널의 현지 시각에 맞춰 하루에 한 번 올리는 게시물
            • `{command} digest subscribe #채널 08:00 Asia/Seoul` — 관리자만. 채널을 생략하면 이 채널, 시간대를 생략하면 {zone}
            • `{command} digest unsubscribe #채널` — 관리자만
            • `{command} digest status` — 이 채널의 구독 상태와 최근 게시 기록
            • `{command} digest preview` — 오늘의 다이제스트 미리 보기(본인에게만 표시)
            """,
        DigestNeedsChannelDiscord = "/digest subscribe에는 게시할 채널(channel)이 필요합니다.",
        WhichChannelDiscord = "어느 채널인가요? channel: 옵션으로 지정해 주세요.",
        WhichChannelSlack = command => $"어느 채널인가요? 예: `{command} digest subscribe #general 08:00 Asia/Seoul`",
        UnknownChannel = text => $"{text}이(가) 어느 채널인지 알 수 없습니다. `#`을 입력할 때 나오는 목록에서 골라 Slack이 채널 ID를 보내게 하거나, 채널 이름 없이 해당 채널에서 명령을 실행해 주세요.",
        NeedsTime = (hint, command) => $"몇 시에 보낼까요? {hint} 형식으로 적어 주세요. 예: `{command} digest subscribe #채널 08:00 Asia/Seoul`",
        BadTime = (value, hint) => $"{value}은(는) 알아볼 수 있는 시각이 아닙니다. {hint} 형식으로 적어 주세요.",
        BadZone = (value, hint) => $"{value}은(는) 제가 아는 시간대가 아닙니다. {hint} 형식으로 적어 주세요.",
        BadSection = (value, names) => $"{value}은(는) 다이제스트 섹션이 아닙니다. 다음 중에서 골라 주세요: {names}.",
        OtherServer = "그 채널은 다른 서버에 속해 있습니다.",
        ChangeInOtherWorkspace = label => $"{label}의 다이제스트는 다른 Slack 워크스페이스에서 설정되었습니다. 그곳에서 바꿔 주세요.",
        RemoveInOtherWorkspace = label => $"{label}의 다이제스트는 다른 Slack 워크스페이스에서 설정되었습니다. 그곳에서 해제해 주세요.",
        ConfiguredChange = label => $"{label}의 다이제스트는 봇 구성(Digest:Subscriptions)에 설정되어 있습니다. 명령이 아니라 구성에서 바꿔 주세요.",
        ConfiguredRemove = label => $"{label}의 다이제스트는 봇 구성(Digest:Subscriptions)에 설정되어 있습니다. 구성에서 삭제해 주세요.",
        Subscribed = (label, isNew, when) => $"{label}에 {(isNew ? "이제" : "앞으로는")} 매일 {when}에 데일리 다이제스트가 게시됩니다.",
        DiscordPermissionsNote = "봇에 그 채널의 보기, 메시지 보내기, 링크 첨부, 파일 첨부 권한이 있어야 합니다.",
        SlackInviteNote = command => $"봇이 그 채널에 들어가 있는지 확인해 주세요(`/invite @bot`). 그렇지 않으면 게시가 거부됩니다. 결과는 `{command} digest status`로 확인할 수 있습니다.",
        SectionsNote = names => $" (섹션: {names})",
        NotAdminSubscribeSlack = command => $"죄송합니다. 채널의 데일리 다이제스트 구독은 봇의 Slack 관리자만 설정할 수 있습니다. 관리자에게 요청하시거나, `{command} digest status`로 이 채널의 설정을 확인해 주세요.",
        NotAdminUnsubscribeSlack = command => $"죄송합니다. 채널의 데일리 다이제스트 구독 해제는 봇의 Slack 관리자만 할 수 있습니다. 관리자에게 요청하시거나, `{command} digest status`로 이 채널의 설정을 확인해 주세요.",
        Removed = label => $"이제 {label}에는 데일리 다이제스트가 게시되지 않습니다.",
        NoSubscriptionInServer = label => $"{label}은(는) 이 서버에서 다이제스트를 구독하고 있지 않습니다.",
        NotSubscribed = label => $"{label}은(는) 데일리 다이제스트를 구독하고 있지 않습니다.",
        StatusNoneDiscord = "이 서버에는 데일리 다이제스트를 받는 채널이 없습니다. /digest subscribe로 추가해 주세요.",
        StatusHeaderDiscord = "이 서버의 데일리 다이제스트:",
        StatusItem = (label, when) => $"{label} {when}",
        ConfiguredTag = " [구성에서 설정]",
        FailingTag = error => $" — 실패 중: {error}",
        LastPostRefused = "마지막 게시가 거부되었습니다",
        NoDeliveryYet = " — 아직 게시 기록 없음",
        LastDelivery = (date, state) => $" — 마지막: {date} {state}",
        State = state => state switch
        {
            DeliveryState.Sending => "게시 중",
            DeliveryState.Sent => "게시됨",
            DeliveryState.Logged => "로그에만 기록됨",
            DeliveryState.Retrying => "재시도 대기",
            DeliveryState.Failed => "실패",
            _ => "건너뜀",
        },
        NotGetting = (label, list) => $"{label}은(는) 데일리 다이제스트를 받지 않습니다. {list}",
        NoChannelYet = "아직 이곳에서 다이제스트를 받는 채널이 없습니다.",
        SubscribedList = items => $"구독 중: {items}",
        ListSeparator = ", ",
        Gets = (label, when, sections, configured) => $"{label}은(는) 매일 {when}에 데일리 다이제스트를 받습니다{sections}{(configured ? " (구성에서 설정)." : ".")}",
        FailingSlack = error => $"⚠ 마지막 게시가 거부되었습니다: {error}. 봇이 채널에 들어가 있는지 확인해 주세요(`/invite @bot`). 다음 다이제스트 시각에 다시 시도합니다.",
        UnknownError = "알 수 없는 오류",
        NoDigestYet = "아직 게시된 다이제스트가 없습니다.",
        PreviewDiscord = (date, zone) => $"{date}({zone}) 미리 보기입니다. 본인에게만 보입니다. 실제로 게시되는 다이제스트에는 통계 차트도 함께 실립니다.",
        PreviewSlack = "_미리 보기입니다. 본인에게만 보입니다._",

        KnowledgeNotAllowedDiscord = "지식 베이스는 '서버 관리하기' 권한이 있는 멤버만 다시 불러올 수 있습니다.",
        KnowledgeUsageDiscord = "/knowledge reload를 써 주세요.",
        KnowledgeUsageSlack = command => $"지식 파일을 다시 읽으려면 `{command} reload`(또는 `{command} knowledge reload`)를 써 주세요. 관리자만 쓸 수 있습니다.",
        ReloadNotAdminSlack = command => $"죄송합니다. 지식 베이스는 봇의 Slack 관리자(Slack:AdminUserIds)만 다시 불러올 수 있습니다. 관리자에게 요청하시거나, `{command} about`으로 자료가 언제 기준인지 확인해 주세요.",
        ReloadFailed = "다시 불러오기가 예기치 않게 실패했습니다. 지금의 지식으로 계속 답하고 있습니다. 자세한 내용은 봇 로그에 있습니다.",
        ReloadNotAvailable = "이 봇은 실행 중에 지식을 다시 불러올 수 없습니다(고정된 스냅숏으로 시작되었습니다).",
        Reloaded = serving => $"다시 불러왔습니다: {serving}.",
        Unchanged = serving => $"이미 최신 상태라 다시 불러올 것이 없습니다: {serving}.",
        Kept = (version, errors) => string.Create(CultureInfo.InvariantCulture,
            $"지금의 지식(버전 {version})을 유지합니다. 수정한 파일에 오류가 {errors}개 있습니다:"),
        StillAnsweringFrom = serving => $"계속 답하는 데 쓰는 자료: {serving}.",
        MoreErrors = n => string.Create(CultureInfo.InvariantCulture, $"… 외 {n}개(`knowledge validate`를 실행해 보세요)."),
        Serving = (counts, asOf, version) => string.Create(CultureInfo.InvariantCulture,
            $"사건 {N(counts.Events)}개, 통계 {N(counts.Statistics)}개, FAQ 주제 {N(counts.FaqTopics)}개, 용어 {N(counts.GlossaryTerms)}개, 출처 {N(counts.Sources)}개, {asOf} 기준(버전 {version})"),
        BuiltIn = "내장",

        UnknownCommand = name => $"/{name}은(는) 제가 모르는 명령입니다. /ask, /stats, /timeline, /faq, /about 중 하나를 써 보세요.",
        NoSuchOption = (command, option) => $"/{command}에는 \"{option}\" 옵션이 없습니다.",
        NeedsOption = (command, option, description) => $"/{command}에는 \"{option}\" 옵션이 필요합니다: {description}.",
        OptionTakesText = option => $"\"{option}\" 옵션에는 텍스트를 넣어 주세요.",
        OptionTooLong = (option, max) => string.Create(CultureInfo.InvariantCulture, $"\"{option}\" 옵션은 {max}자까지 쓸 수 있습니다."),
        OptionTrueFalse = option => $"\"{option}\" 옵션은 true 또는 false입니다.",
        OptionWholeNumber = option => $"\"{option}\" 옵션에는 정수를 넣어 주세요.",
        OptionRange = (option, min, max) => string.Create(CultureInfo.InvariantCulture, $"\"{option}\" 옵션은 {min}에서 {max} 사이여야 합니다."),
        MessageWithoutText = "그 메시지에는 제가 읽을 수 있는 텍스트가 없습니다. 질문이 담긴 메시지를 고르시거나 /ask로 물어봐 주세요.",

        ReportTitle = date => $"큐레이터 보고서 — {date}까지의 한 주",
        ReportTopGaps = "답하지 못한 주요 질문",
        ReportNoGaps = "이번 주에는 답하지 못한 질문이 없습니다.",
        ReportClosest = items => $"; 가장 가까운 항목: {items}",
        ReportFeedbackHeading = "이번 주 👎 이유",
        ReportOnQuestion = question => $" (질문: {question})",
    };

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
