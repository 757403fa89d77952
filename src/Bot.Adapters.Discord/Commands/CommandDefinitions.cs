using Bot.Adapters.Discord.Interactions;

namespace Bot.Adapters.Discord.Commands;

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
                new(OptionType.String, "question", "Your question, in English, Korean or Japanese", L("질문", "質問"), L("질문 내용", "質問の内容"))
                    { Required = true, MaxLength = 500 },
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
    ];

    public static CommandDefinition? Find(string? name) => All.FirstOrDefault(c => c.Name == name);

    private static OptionDefinition Year(string name, string description, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> descriptions) =>
        new(OptionType.Integer, name, description, names, descriptions) { MinValue = FirstYear, MaxValue = LastYear };

    private static Dictionary<string, string> L(string korean, string japanese) => new(StringComparer.Ordinal) { ["ko"] = korean, ["ja"] = japanese };
}
