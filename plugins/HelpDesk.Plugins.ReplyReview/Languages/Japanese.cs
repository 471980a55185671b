using HelpDesk.Plugins.ReplyReview.Matching;
using HelpDesk.Plugins.ReplyReview.Questions;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.ReplyReview.Languages;

/// <summary>Japanese phrases and question words; Japanese has no spaces between words, so they match as substrings.</summary>
internal static class Japanese
{
    private const string ConcreteTime =
        @"\d{1,2}(?:時|:\d{2})|[一二三四五六七八九十]+時|\d+(?:分|時間|日)以内|正午|(?:本日|今日|明日)中";

    private const string Alternative =
        "代わりに|代わりの|代替|代案|別の方法|ご提案"
        + "|(?:が|けれども|けれど|しかし)[、,]?[^。！？!?]*?(?:できます|可能です|いたします|致します|ご案内)";

    /// <summary>Gets the Japanese pack, compiled on first use.</summary>
    public static LanguagePack Pack { get; } = new("ja", WordMatching.Substrings,
        [
            new(VagueEffort,
                "[てで]みます(?!か)|努力(?:します|いたします|致します)|(?:頑張|がんば)ります|試みます",
                "「〜してみます」「努力します」は不確かで、約束になりません。できることだけを「〜いたします」と言い切りましょう。",
                "…いたします"),
            new(AsapWithoutTime,
                "(?:できる|出来る)(?:だけ|限り)早(?:く|めに)|なるべく早(?:く|めに)|早急に|至急|可及的速やかに|速やかに|ASAP",
                "「できるだけ早く」では約束になりません。具体的な日時をお伝えしましょう。",
                "本日…時までに")
            { UnlessFollowedBy = ConcreteTime },
            new(ImpossibleWithoutAlternative,
                "不可能|無理(?:です|だ)|(?:でき|出来|いたし|致し)かねます",
                "「不可能です」「無理です」は話を打ち切ってしまいます。できることと代わりの案をお伝えしましょう。",
                "代わりに、…することができます")
            { UnlessFollowedBy = Alternative, UnlessWithinSentences = 2 },
            new(Blame,
                "べきでした|べきだった|(?:なぜ|どうして)[^。！？!?]{0,20}?(?:なかった|ないのですか|ませんでした)|と申し上げたはず",
                "お客様を責める言い方です。解決方法をお伝えしましょう。",
                "次の方法で解決いたします：…"),
            new(CallBackLater,
                "お?(?:かけ直し|掛け直し|かけなおし)て?(?:ください|下さい|いただけますか|いただけませんか|もらえますか)|(?:改めて|後ほど|後で|あとで|のちほど)[^。！？!?]{0,6}?お?電話(?:を)?(?:ください|下さい|して(?:ください|いただけますか))",
                "お客様に手間を戻してしまいます。伝言を承るか、担当者におつなぎするか、こちらから折り返しましょう。",
                "ご伝言を承ります。本日…時にこちらから折り返しお電話いたします。"),
            new(HoldOn,
                "ちょっと(?:待って|まって)|(?<!お)待って(?!い|おり)(?:ください|下さい|てね|て|ね)?",
                "ぶっきらぼうに聞こえます。保留の前に理由を伝え、了承をいただきましょう。",
                "…を確認いたしますので、少々お待ちいただけますでしょうか。"),
            new(SelfDeprecation,
                "ただの(?:事務員|オペレーター|受付|派遣(?:社員)?|アルバイト|バイト|社員|新人|担当者|電話番)|一介の(?:事務員|オペレーター|社員|担当者)?|下っ端|(?:私|わたし|僕|自分)(?:なんか|なんて)",
                "ご自身と窓口の価値を下げてしまいます。自分の役割を伝え、お手伝いするか担当者へのおつなぎを申し出ましょう。",
                "…担当の…でございます。私がお手伝いするか、担当者におつなぎいたします。"),
        ],
        new QuestionWords(
            Open: "何(?!か)|なに(?!か)|なん(?:で|の|と)|なぜ|どうして|どう(?!か|ぞ|も)|どのよう|どの|どれ(?!か)|どこ(?!か)|いつ(?!も)|誰(?!か)|だれ(?!か)|どなた(?!か)|どちら(?!か)|いくら|いくつ|どんな|どういう",
            Closed: null,
            Invitations: "詳しく|ご説明|説明して|お聞かせ")
        {
            KaEndsQuestion = true,
        });
}
