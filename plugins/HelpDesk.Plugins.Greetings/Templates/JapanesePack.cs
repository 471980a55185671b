using HelpDesk.Sdk.Greetings;
using static HelpDesk.Plugins.Greetings.Templates.TemplateLine;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>
/// The built-in Japanese scripts, in keigo. The caller's name is given without an honorific and is said as
/// <c>{caller}様</c>; colleagues (<c>{agent}</c>, <c>{recipient}</c>) get none, as is polite towards outsiders.
/// Keigo has no polite afternoon or evening greeting, so only the morning greeting differs from the neutral
/// お電話ありがとうございます. <c>{reason}</c> is a phrase that ends before ため ("アカウントの設定を確認する").
/// </summary>
internal static class JapanesePack
{
    private const string ThanksForCalling = "お電話ありがとうございます";
    private const string TakingLeave = "失礼いたします。";

    /// <summary>Creates the Japanese pack.</summary>
    public static LanguagePack Create() => new(
        "ja",
        new DayPartWords($"おはようございます。{ThanksForCalling}", ThanksForCalling, ThanksForCalling, ThanksForCalling),
        new DayPartWords(TakingLeave, TakingLeave, TakingLeave, TakingLeave),
        new Dictionary<ScriptMoment, IReadOnlyList<TemplateLine>>
        {
            [ScriptMoment.Greeting] =
            [
                Always("{greeting}。{organization}、担当の{agent}でございます。"),
                Either("{caller}様でいらっしゃいますか。", "恐れ入りますが、お名前をお伺いしてもよろしいでしょうか。"),
                Optional("ご本人様確認のため、{verification}をお聞かせいただけますでしょうか。"),
                Always("本日はどのようなご用件でしょうか。"),
            ],
            [ScriptMoment.Hold] =
            [
                Either("{caller}様、{reason}ため、いったん保留にさせていただいてもよろしいでしょうか。", "{reason}ため、いったん保留にさせていただいてもよろしいでしょうか。"),
                Always("1分以内に戻ってまいります。"),
            ],
            [ScriptMoment.HoldCheckBack] =
            [
                Either("{caller}様、お待ちいただきありがとうございます。引き続き確認しております。", "お待ちいただきありがとうございます。引き続き確認しております。"),
                Always("このままお待ちいただけますでしょうか。それとも、こちらから折り返しお電話いたしましょうか。"),
            ],
            [ScriptMoment.Resume] =
            [
                Either("{caller}様、お待ちいただきありがとうございました。", "お待ちいただきありがとうございました。"),
            ],
            [ScriptMoment.Transfer] =
            [
                Either("{caller}様、この件につきましては{team}からご案内いたしますので、お電話をおつなぎいたします。", "この件につきましては{team}からご案内いたしますので、お電話をおつなぎいたします。"),
                Always("お伺いした内容は担当者に申し伝えますので、改めてご説明いただく必要はございません。"),
                Optional("次回からは、{team}の直通番号{number}におかけいただけます。"),
                Always("このまま切らずにお待ちください。"),
            ],
            [ScriptMoment.MessageReadBack] =
            [
                Always("ご伝言を復唱いたします。"),
                Either("{recipient}宛て：「{message}」", "「{message}」"),
                Optional("折り返しは{phone}にお電話いたします。"),
                Optional("ご都合のよいお時間は{callbackTime}と承りました。"),
                Always("以上でお間違いございませんでしょうか。"),
            ],
            [ScriptMoment.Closing] =
            [
                Optional("本日お約束した内容を確認いたします。{promises}"),
                Either("{caller}様、ほかに何かご用件はございますでしょうか。", "ほかに何かご用件はございますでしょうか。"),
                Always("本日は{organization}にお電話いただき、誠にありがとうございました。担当の{agent}が承りました。{farewell}"),
            ],
        });
}
