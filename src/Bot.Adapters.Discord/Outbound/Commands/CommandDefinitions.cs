using Bot.Adapters.Discord.Handling;
using Bot.Adapters.Discord.Inbound;
using Bot.Core.Text;

namespace Bot.Adapters.Discord.Outbound.Commands;

/// <summary>
/// The bot's slash commands, with Korean and Japanese names and descriptions. <c>commands register</c> sends exactly this list,
/// and <see cref="CommandMapper"/> checks incoming options against it, so the two cannot drift apart.
/// </summary>
public static class CommandDefinitions
{
    private const int FirstYear = 1800;
    private const int LastYear = 2100;

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new("ask", "Ask a question about Japan–South Korea relations",
            L("질문", "質問"), L("한일 관계에 대해 질문하기", "日韓関係について質問する"),
            [
                // The router's own limit, so Discord's client stops a longer question before it is sent.
                new(OptionType.String, "question", "Your question, in English, Korean or Japanese", L("질문", "質問"), L("질문 내용", "質問の内容"))
                    { Required = true, MaxLength = TextNormalizer.MaxQuestionLength },
                new(OptionType.Boolean, "private", "Show the answer only to you", L("비공개", "非公開"), L("나에게만 답변 표시", "自分だけに回答を表示")),
            ]),
        new("stats", "A figure from the statistics: trade, investment, visitors, opinion polls",
            L("통계", "統計"), L("무역·투자·방문객·여론조사 수치", "貿易・投資・訪問者・世論調査の数値"),
            [
                new(OptionType.String, "metric", "Which series (start typing to search)", L("지표", "指標"), L("통계 항목 (입력하면 검색)", "統計の項目（入力で検索）"))
                    { Required = true, Autocomplete = true, MaxLength = 100 },
                Year("year", "One year", L("연도", "年"), L("연도", "年")),
                Year("from", "First year of a range", L("시작연도", "開始年"), L("기간의 시작 연도", "期間の開始年")),
                Year("to", "Last year of a range", L("종료연도", "終了年"), L("기간의 종료 연도", "期間の終了年")),
            ]),
        new("timeline", "Events in Japan–South Korea relations",
            L("연표", "年表"), L("한일 관계의 주요 사건", "日韓関係の主な出来事"),
            [
                Year("year", "Events in one year", L("연도", "年"), L("그해의 사건", "その年の出来事")),
                Year("from", "First year of a range", L("시작연도", "開始年"), L("기간의 시작 연도", "期間の開始年")),
                Year("to", "Last year of a range", L("종료연도", "終了年"), L("기간의 종료 연도", "期間の終了年")),
                new(OptionType.String, "query", "An event to look for, e.g. \"1965 treaty\"", L("검색어", "キーワード"), L("찾을 사건 (예: 1965년 조약)", "探す出来事（例：1965年の条約）"))
                    { MaxLength = 200 },
            ]),
        new("faq", "An issue explained, with both governments' positions",
            L("쟁점", "論点"), L("주요 쟁점 해설 (양국 정부 입장 포함)", "主な論点の解説（両政府の立場を含む）"),
            [
                new(OptionType.String, "topic", "Which issue (start typing to search)", L("주제", "トピック"), L("쟁점 (입력하면 검색)", "論点（入力で検索）"))
                    { Required = true, Autocomplete = true, MaxLength = 100 },
            ]),
        new("about", "What this bot answers, and how current its knowledge is",
            L("소개", "紹介"), L("봇이 답하는 내용과 데이터 기준일", "ボットが答える内容とデータの基準日"), []),
        new(Digest, "The daily digest in a channel of this server (Manage Server)",
            L("다이제스트", "ダイジェスト"), L("이 서버 채널의 일일 다이제스트 (서버 관리 권한)", "このサーバーのチャンネルの日刊ダイジェスト（サーバー管理権限）"),
            [
                Sub("subscribe", "Post the daily digest in a channel at a local time", L("구독", "購読"), L("매일 현지 시각에 채널에 다이제스트 게시", "毎日現地時刻にチャンネルへダイジェストを投稿"),
                [
                    Channel("The channel to post in", L("게시할 채널", "投稿先のチャンネル")) with { Required = true },
                    new(OptionType.String, "time", "Local time, 24-hour HH:mm (e.g. 08:00)", L("시각", "時刻"), L("현지 시각 HH:mm (예: 08:00)", "現地時刻 HH:mm（例：08:00）"))
                        { Required = true, MaxLength = 5 },
                    new(OptionType.String, "timezone", "IANA time zone (default Asia/Seoul)", L("시간대", "タイムゾーン"), L("IANA 시간대 (기본값 Asia/Seoul)", "IANAタイムゾーン（既定はAsia/Seoul）"))
                        { Autocomplete = true, MaxLength = 64 },
                ]),
                Sub("unsubscribe", "Stop the daily digest in a channel", L("구독해지", "購読解除"), L("채널의 일일 다이제스트 중지", "チャンネルの日刊ダイジェストを停止"),
                [
                    Channel("The channel (default: this one)", L("채널 (기본값: 이 채널)", "チャンネル（既定：このチャンネル）")),
                ]),
                Sub("status", "This server's digest subscriptions and last deliveries", L("상태", "状態"), L("이 서버의 구독과 최근 게시", "このサーバーの購読と最近の配信"), []),
                Sub("preview", "Today's digest, shown only to you", L("미리보기", "プレビュー"), L("오늘의 다이제스트를 나에게만 표시", "今日のダイジェストを自分だけに表示"),
                [
                    Channel("Preview for this channel's subscription (default: this one)", L("이 채널의 구독으로 미리보기", "このチャンネルの購読でプレビュー")),
                ]),
            ])
        {
            // Manage Server; digest settings are a server's, so guild only.
            DefaultMemberPermissions = ManageGuild,
            Contexts = [0],
        },
        new(Knowledge, "The bot's knowledge base (Manage Server)",
            L("지식베이스", "ナレッジベース"), L("봇의 지식 베이스 (서버 관리 권한)", "ボットのナレッジベース（サーバー管理権限）"),
            [
                Sub(Reload, "Re-read the knowledge files now; a broken edit keeps the current knowledge", L("다시불러오기", "再読み込み"),
                    L("지식 파일을 지금 다시 읽기 (오류가 있으면 현재 지식 유지)", "ナレッジファイルを今すぐ再読み込み（誤りがあれば現在の内容を維持）"), []),
            ])
        {
            // Manage Server, checked again by the bot (KnowledgeCommand): a server admin can widen default permissions.
            DefaultMemberPermissions = ManageGuild,
            Contexts = [0],
        },
        new(Config, "Where and how the bot answers in this server (Manage Server)",
            L("설정", "設定"), L("이 서버에서 봇이 답하는 곳과 방식 (서버 관리 권한)", "このサーバーでボットが答える場所と方法（サーバー管理権限）"),
            [
                Sub("show", "The settings that apply in a channel", L("보기", "表示"), L("채널에 적용되는 설정", "チャンネルに適用される設定"),
                [
                    Channel("The channel (default: this one)", L("채널 (기본값: 이 채널)", "チャンネル（既定：このチャンネル）")),
                ]),
                Sub("set", "Change one setting for a channel (answer-in is for the whole server)", L("변경", "変更"),
                    L("채널의 설정 하나를 변경 (answer-in은 서버 전체)", "チャンネルの設定を一つ変更（answer-inはサーバー全体）"),
                [
                    new(OptionType.String, "setting", "Which setting", L("항목", "項目"), L("설정 항목", "設定項目"))
                        { Required = true, Choices = Choices(Bot.Core.Admin.ChannelSettingsAdmin.Names) },
                    new(OptionType.String, "value", "all|listed, on|off, default|public|private, auto|en|ko|ja", L("값", "値"), L("설정 값", "設定値"))
                        { Required = true, MaxLength = 16 },
                    Channel("The channel (default: this one)", L("채널 (기본값: 이 채널)", "チャンネル（既定：このチャンネル）")),
                ]),
            ])
        {
            // Manage Server, checked again by the bot (ConfigCommand).
            DefaultMemberPermissions = ManageGuild,
            Contexts = [0],
        },
        // The context-menu command on a message ("Apps → Ask the bot about this message"): no description, its name may have spaces.
        new(AskAboutMessage, "", L("이 메시지에 대해 봇에게 묻기", "このメッセージについてボットに聞く"), Empty(), [])
        {
            Type = CommandDefinition.MessageCommand,
        },
    ];

    public const string AskAboutMessage = "Ask the bot about this message";

    public const string Config = "config";

    public const string Digest = "digest";

    public const string Knowledge = "knowledge";

    public const string Reload = "reload";

    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5), as Discord's permission bitset string.</summary>
    public const string ManageGuild = "32";

    public static CommandDefinition? Find(string? name) => All.FirstOrDefault(c => c.Name == name);

    private static Dictionary<string, string> Empty() => new(StringComparer.Ordinal);

    private static IReadOnlyList<OptionChoice> Choices(IEnumerable<string> values) => [.. values.Select(v => new OptionChoice(v, v))];

    private static OptionDefinition Year(string name, string description, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> descriptions) =>
        new(OptionType.Integer, name, description, names, descriptions) { MinValue = FirstYear, MaxValue = LastYear };

    private static OptionDefinition Sub(string name, string description, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> descriptions, IReadOnlyList<OptionDefinition> options) =>
        new(OptionType.SubCommand, name, description, names, descriptions) { Options = options };

    private static OptionDefinition Channel(string description, IReadOnlyDictionary<string, string> descriptions) =>
        new(OptionType.Channel, "channel", description, L("채널", "チャンネル"), descriptions) { ChannelTypes = [0, 5] };

    private static Dictionary<string, string> L(string korean, string japanese) => new(StringComparer.Ordinal) { ["ko"] = korean, ["ja"] = japanese };
}
