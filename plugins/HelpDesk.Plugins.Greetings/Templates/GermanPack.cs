using HelpDesk.Sdk.Greetings;
using static HelpDesk.Plugins.Greetings.Templates.TemplateLine;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>
/// The built-in German scripts, addressing the caller as <i>Sie</i>. The lines are built so that request
/// values keep one grammatical form: <c>{reason}</c> is an infinitive phrase with the verb last
/// ("Ihr Konto mit unserem Netzwerkteam prüfen") and <c>{team}</c> is in the accusative ("das Netzwerkteam").
/// </summary>
internal static class GermanPack
{
    /// <summary>Creates the German pack.</summary>
    public static LanguagePack Create() => new(
        "de",
        new DayPartWords("Guten Morgen", "Guten Tag", "Guten Abend", "Guten Tag"),
        new DayPartWords("Einen schönen Tag noch.", "Einen schönen Nachmittag noch.", "Einen schönen Abend noch.", "Auf Wiederhören."),
        new Dictionary<ScriptMoment, IReadOnlyList<TemplateLine>>
        {
            [ScriptMoment.Greeting] =
            [
                Always("{greeting}, vielen Dank für Ihren Anruf bei {organization}. Mein Name ist {agent}."),
                Either("Spreche ich mit {caller}?", "Mit wem spreche ich, bitte?"),
                Optional("Könnten Sie mir zur Überprüfung Ihrer Identität bitte {verification} nennen?"),
                Always("Was kann ich heute für Sie tun?"),
            ],
            [ScriptMoment.Hold] =
            [
                Either("{caller}, ich möchte kurz {reason}.", "Ich möchte kurz {reason}."),
                Always("Darf ich Sie dafür einen Moment in die Warteschleife legen?"),
                Always("Ich bin in weniger als einer Minute wieder bei Ihnen."),
            ],
            [ScriptMoment.HoldCheckBack] =
            [
                Either("Vielen Dank für Ihre Geduld, {caller}. Ich kümmere mich noch um Ihr Anliegen.", "Vielen Dank für Ihre Geduld. Ich kümmere mich noch um Ihr Anliegen."),
                Always("Möchten Sie weiter warten, oder soll ich Sie zurückrufen?"),
            ],
            [ScriptMoment.Resume] =
            [
                Either("Vielen Dank, dass Sie gewartet haben, {caller}.", "Vielen Dank, dass Sie gewartet haben."),
            ],
            [ScriptMoment.Transfer] =
            [
                Either("{caller}, ich leite Ihren Anruf jetzt an {team} weiter. Dort kann man Ihnen in dieser Sache weiterhelfen.", "Ich leite Ihren Anruf jetzt an {team} weiter. Dort kann man Ihnen in dieser Sache weiterhelfen."),
                Always("Ich gebe alles weiter, was Sie mir geschildert haben, damit Sie es nicht noch einmal erklären müssen."),
                Optional("Sie erreichen {team} künftig auch direkt unter {number}."),
                Always("Bitte bleiben Sie dran, ich verbinde Sie."),
            ],
            [ScriptMoment.MessageReadBack] =
            [
                Always("Ich lese Ihnen Ihre Nachricht noch einmal vor."),
                Either("Für {recipient}: {message}", "{message}"),
                Optional("Wir rufen Sie unter {phone} zurück."),
                Optional("Am besten erreichen wir Sie {callbackTime}."),
                Always("Ist das so richtig?"),
            ],
            [ScriptMoment.Closing] =
            [
                Optional("Zusammengefasst: {promises}"),
                Either("Kann ich sonst noch etwas für Sie tun, {caller}?", "Kann ich sonst noch etwas für Sie tun?"),
                Always("Vielen Dank für Ihren Anruf bei {organization}. {farewell}"),
            ],
        });
}
