namespace HelpDesk.Plugins.Tagging.Rules.Keywords;

/// <summary>
/// Japanese keywords for each built-in service type and category label. Japanese runs words together, so these
/// match inside longer text; they are chosen long enough not to hit unrelated words (ダウンして, not ダウン,
/// which would find ダウンロード). Latin words in Japanese text (VPN, PC, Outlook) are found by the English keywords.
/// </summary>
internal static class JapaneseKeywords
{
    /// <summary>Gets the keywords by label.</summary>
    public static IReadOnlyDictionary<string, string[]> ByTag { get; } = new Dictionary<string, string[]>
    {
        ["service:email"] = ["メール", "受信トレイ", "予定表", "カレンダー", "アウトルック"],
        ["service:network"] = ["ネットワーク", "インターネット", "無線LAN", "有線LAN", "ネット接続", "つながらない", "つながりません", "繋がらない", "繋がりません", "接続できない", "接続できません"],
        ["service:account"] = ["アカウント", "ログイン", "サインイン", "ユーザー名", "ユーザ名", "パスワード", "ロックされ", "ロックアウト", "多要素認証", "二段階認証"],
        ["service:hardware"] = ["パソコン", "モニター", "ディスプレイ", "キーボード", "マウス", "ドッキングステーション", "ヘッドセット", "画面が映らない", "画面が映りません"],
        ["service:printing"] = ["プリンタ", "印刷", "複合機", "トナー", "スキャナ", "紙詰まり"],
        ["service:software"] = ["ソフトウェア", "アプリ", "インストール", "アップデート", "バージョンアップ", "更新プログラム"],
        ["service:telephony"] = ["電話機", "固定電話", "内線", "留守番電話", "留守電", "ボイスメール", "ソフトフォン"],
        ["category:password"] = ["パスワード", "ロックされ", "ロックアウト"],
        ["category:outage"] = ["障害", "ダウンして", "ダウンした", "サーバーダウン", "停止して", "オフライン", "全員", "全社", "社内全体", "オフィス全体", "誰も"],
        ["category:access"] = ["アクセス権", "権限", "アクセスできない", "アクセスできません", "アクセスが拒否"],
        ["category:installation"] = ["インストール", "セットアップ", "導入"],
        ["category:performance"] = ["遅い", "遅く", "重い", "重く", "固まる", "固まって", "フリーズ", "時間がかかる", "時間がかかります"],
        ["category:defect"] = ["壊れ", "故障", "破損", "割れ", "ひびが", "起動しない", "起動しません", "電源が入らない", "電源が入りません"],
        ["category:new-user"] = ["新入社員", "新しい社員", "新規ユーザー", "新規ユーザ", "新しいユーザー", "入社", "オンボーディング"],
    };
}
