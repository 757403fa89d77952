using System.Globalization;
using Bot.Core.Digest;
using Bot.Core.Knowledge;

namespace Bot.Core.Admin.Texts;

/// <summary>The admin replies in Japanese (<see cref="AdminTexts"/>), in the polite register of <see cref="Answers.Templates.JapaneseTemplates"/>.</summary>
public static class JapaneseAdminTexts
{
    public static AdminTexts Text { get; } = new()
    {
        Lang = Lang.Ja,
        GuildOnly = command => $"{command} はサーバー内でのみ使えます。ダイレクトメッセージでは使えません。",
        ThisChannel = "このチャンネル",
        ChannelId = id => $"チャンネル {id}",
        ThisChannelStart = "このチャンネル",
        ChannelIdStart = id => $"チャンネル {id}",

        Saved = "保存しました。",
        SettingsIn = label => $"{label}の設定：",
        ScopeWorkspace = "このサーバーまたはワークスペース全体：",
        ScopeOnlyListed = "登録したチャンネルのみ",
        ScopeEveryChannel = "すべてのチャンネル",
        NotAnsweredHere = " — そのため、ここでは質問にお答えしません",
        ConfigNotAllowedDiscord = "どこでどのように回答するかを変更できるのは、「サーバー管理」権限を持つメンバーだけです。",
        ConfigNotAdminSlack = command => $"申し訳ありません。どこでどのように回答するかを変更できるのは、ボットのSlack管理者（Slack:AdminUserIds）だけです。設定は `{command} config` で確認できます。",
        UnknownSetting = setting => $"{setting} という設定はありません。",
        ChooseFrom = names => $"次から選んでください：{names}",
        BadValue = (value, setting, values) => $"{value} は {setting} に使える値ではありません。{values} のいずれかを指定してください。",
        ConfigUsageDiscord = "/config show または /config set を使ってください。",
        ConfigUsageSlack = (command, list) =>
            $"設定を見るには `{command} config [#チャンネル]`、変更するには（管理者のみ） `{command} config <設定> <値> [#チャンネル]` を使ってください。設定と値：{list}",

        DigestNotEnabledDiscord = "このボットではデイリーダイジェストを利用できません（ストレージが設定されていません）。",
        DigestNotEnabledSlack = "このボットにはまだデイリーダイジェストが設定されていません。",
        DigestUsageDiscord = "/digest subscribe、/digest unsubscribe、/digest status、/digest preview のいずれかを使ってください。",
        DigestUsageSlack = (command, zone) => $"""
            **デイリーダイジェスト** — チャンネルの現地時刻に合わせて1日1回投稿します
            • `{command} digest subscribe #チャンネル 08:00 Asia/Seoul` — 管理者のみ。チャンネルを省くとこのチャンネル、タイムゾーンを省くと {zone}
            • `{command} digest unsubscribe #チャンネル` — 管理者のみ
            • `{command} digest status` — このチャンネルの購読状況と最近の配信
            • `{command} digest preview` — 今日のダイジェストのプレビュー（あなたにだけ表示）
            """,
        DigestNeedsChannelDiscord = "/digest subscribe には投稿先のチャンネル（channel）が必要です。",
        WhichChannelDiscord = "どのチャンネルですか？ channel: で指定してください。",
        WhichChannelSlack = command => $"どのチャンネルですか？ 例：`{command} digest subscribe #general 08:00 Asia/Seoul`",
        UnknownChannel = text => $"{text} がどのチャンネルかわかりません。`#` と入力したときに出る一覧から選んでSlackにチャンネルIDを送らせるか、チャンネル名を付けずにそのチャンネルでコマンドを実行してください。",
        NeedsTime = (hint, command) => $"何時に投稿しますか？ {hint} の形で指定してください。例：`{command} digest subscribe #チャンネル 08:00 Asia/Seoul`",
        BadTime = (value, hint) => $"{value} は時刻として読み取れません。{hint} の形で指定してください。",
        BadZone = (value, hint) => $"{value} は知らないタイムゾーンです。{hint} の形で指定してください。",
        BadSection = (value, names) => $"{value} はダイジェストのセクションではありません。次から選んでください：{names}",
        OtherServer = "そのチャンネルは別のサーバーのものです。",
        ChangeInOtherWorkspace = label => $"{label}のダイジェストは別のSlackワークスペースで設定されています。そちらで変更してください。",
        RemoveInOtherWorkspace = label => $"{label}のダイジェストは別のSlackワークスペースで設定されています。そちらで解除してください。",
        ConfiguredChange = label => $"{label}のダイジェストはボットの構成（Digest:Subscriptions）で設定されています。コマンドではなく構成で変更してください。",
        ConfiguredRemove = label => $"{label}のダイジェストはボットの構成（Digest:Subscriptions）で設定されています。構成から削除してください。",
        Subscribed = (label, isNew, when) => $"{label}に{(isNew ? "" : "今後は")}毎日 {when} にデイリーダイジェストを投稿します。",
        DiscordPermissionsNote = "ボットには、そのチャンネルの閲覧、メッセージの送信、埋め込みリンク、ファイルの添付の権限が必要です。",
        SlackInviteNote = command => $"ボットがそのチャンネルに参加していることを確認してください（`/invite @bot`）。参加していないと投稿が拒否されます。結果は `{command} digest status` で確認できます。",
        SectionsNote = names => $"（セクション：{names}）",
        NotAdminSubscribeSlack = command => $"申し訳ありません。チャンネルのデイリーダイジェストを購読できるのは、ボットのSlack管理者だけです。管理者に依頼するか、`{command} digest status` でこのチャンネルの設定を確認してください。",
        NotAdminUnsubscribeSlack = command => $"申し訳ありません。チャンネルのデイリーダイジェストの購読を解除できるのは、ボットのSlack管理者だけです。管理者に依頼するか、`{command} digest status` でこのチャンネルの設定を確認してください。",
        Removed = label => $"{label}へのデイリーダイジェストの投稿を停止しました。",
        NoSubscriptionInServer = label => $"{label}はこのサーバーでダイジェストを購読していません。",
        NotSubscribed = label => $"{label}はデイリーダイジェストを購読していません。",
        StatusNoneDiscord = "このサーバーにはデイリーダイジェストを受け取るチャンネルがありません。/digest subscribe で追加してください。",
        StatusHeaderDiscord = "このサーバーのデイリーダイジェスト：",
        StatusItem = (label, when) => $"{label} {when}",
        ConfiguredTag = "［構成で設定］",
        FailingTag = error => $" — 失敗中：{error}",
        LastPostRefused = "前回の投稿が拒否されました",
        NoDeliveryYet = " — まだ配信なし",
        LastDelivery = (date, state) => $" — 前回：{date} {state}",
        State = state => state switch
        {
            DeliveryState.Sending => "送信中",
            DeliveryState.Sent => "送信済み",
            DeliveryState.Logged => "ログのみ",
            DeliveryState.Retrying => "再試行待ち",
            DeliveryState.Failed => "失敗",
            _ => "スキップ",
        },
        NotGetting = (label, list) => $"{label}はデイリーダイジェストを受け取っていません。{list}",
        NoChannelYet = "ここではまだどのチャンネルも受け取っていません。",
        SubscribedList = items => $"購読中：{items}",
        ListSeparator = "、",
        Gets = (label, when, sections, configured) => $"{label}は毎日 {when} にデイリーダイジェストを受け取ります{sections}{(configured ? "（構成で設定）。" : "。")}",
        FailingSlack = error => $"⚠ 前回の投稿が拒否されました：{error}。ボットがチャンネルに参加しているか確認してください（`/invite @bot`）。次のダイジェストの時刻に再試行します。",
        UnknownError = "不明なエラー",
        NoDigestYet = "まだダイジェストは投稿されていません。",
        PreviewDiscord = (date, zone) => $"{date}（{zone}）のプレビューです。あなたにだけ表示されています。実際に投稿されるダイジェストには統計のグラフも付きます。",
        PreviewSlack = "_プレビューです。あなたにだけ表示されています。_",

        KnowledgeNotAllowedDiscord = "知識ベースを再読み込みできるのは、「サーバー管理」権限を持つメンバーだけです。",
        KnowledgeUsageDiscord = "/knowledge reload を使ってください。",
        KnowledgeUsageSlack = command => $"知識ファイルを読み直すには `{command} reload`（または `{command} knowledge reload`）を使ってください。管理者のみ使えます。",
        ReloadNotAdminSlack = command => $"申し訳ありません。知識ベースを再読み込みできるのは、ボットのSlack管理者（Slack:AdminUserIds）だけです。管理者に依頼するか、`{command} about` でいつ時点の情報かを確認してください。",
        ReloadFailed = "再読み込みが予期せず失敗しました。現在の知識で引き続き回答しています。詳細はボットのログにあります。",
        ReloadNotAvailable = "このボットは実行中に知識を再読み込みできません（固定のスナップショットから起動しています）。",
        Reloaded = serving => $"再読み込みしました：{serving}。",
        Unchanged = serving => $"すでに最新のため、再読み込みするものはありません：{serving}。",
        Kept = (version, errors) => string.Create(CultureInfo.InvariantCulture,
            $"現在の知識（バージョン {version}）を維持します。編集したファイルに {errors} 件のエラーがあります："),
        StillAnsweringFrom = serving => $"引き続き回答に使っている知識：{serving}。",
        MoreErrors = n => string.Create(CultureInfo.InvariantCulture, $"… ほか {n} 件（`knowledge validate` を実行してください）。"),
        Serving = (counts, asOf, version) => string.Create(CultureInfo.InvariantCulture,
            $"出来事 {N(counts.Events)} 件、統計 {N(counts.Statistics)} 件、FAQ {N(counts.FaqTopics)} 件、用語 {N(counts.GlossaryTerms)} 件、出典 {N(counts.Sources)} 件、{asOf}時点（バージョン {version}）"),
        BuiltIn = "組み込み",

        UnknownCommand = name => $"/{name} というコマンドは知りません。/ask、/stats、/timeline、/faq、/about のいずれかを試してください。",
        NoSuchOption = (command, option) => $"/{command} には「{option}」というオプションはありません。",
        NeedsOption = (command, option, description) => $"/{command} には「{option}」オプションが必要です：{description}。",
        OptionTakesText = option => $"「{option}」オプションにはテキストを指定してください。",
        OptionTooLong = (option, max) => string.Create(CultureInfo.InvariantCulture, $"「{option}」オプションは{max}文字までです。"),
        OptionTrueFalse = option => $"「{option}」オプションは true か false です。",
        OptionWholeNumber = option => $"「{option}」オプションには整数を指定してください。",
        OptionRange = (option, min, max) => string.Create(CultureInfo.InvariantCulture, $"「{option}」オプションは{min}から{max}の間で指定してください。"),
        MessageWithoutText = "そのメッセージには読み取れるテキストがありません。質問が書かれたメッセージを選ぶか、/ask で質問してください。",

        ReportTitle = date => $"キュレーターレポート — {date}までの1週間",
        ReportTopGaps = "回答できなかった主な質問",
        ReportNoGaps = "今週は回答できなかった質問はありません。",
        ReportClosest = items => $"；最も近い項目：{items}",
        ReportFeedbackHeading = "今週の 👎 の理由",
        ReportOnQuestion = question => $"（質問：{question}）",
    };

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
