using HelpDesk.Sdk.Greetings;
using static HelpDesk.Plugins.Greetings.Templates.TemplateLine;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>The built-in Dutch scripts, in the polite form (u).</summary>
internal static class DutchPack
{
    public static LanguagePack Create() => new(
        "nl",
        new DayPartWords("Goedemorgen", "Goedemiddag", "Goedenavond", "Goedendag"),
        new DayPartWords("Nog een fijne dag.", "Nog een fijne dag.", "Nog een fijne avond.", "Tot ziens."),
        new Dictionary<ScriptMoment, IReadOnlyList<TemplateLine>>
        {
            [ScriptMoment.Greeting] =
            [
                Always("{greeting}, u spreekt met {agent} van {organization}."),
                Either("Spreek ik met {caller}?", "Mag ik uw naam, alstublieft?"),
                Optional("Kunt u ter controle {verification} bevestigen?"),
                Always("Waarmee kan ik u vandaag helpen?"),
            ],
            [ScriptMoment.Hold] =
            [
                Either("{caller}, ik zet u even in de wacht om {reason}.", "Ik zet u even in de wacht om {reason}."),
                Always("Is dat goed voor u?"),
                Always("Ik ben binnen een minuut weer bij u."),
            ],
            [ScriptMoment.HoldCheckBack] =
            [
                Either("Bedankt voor het wachten, {caller}. Ik ben nog met uw vraag bezig.", "Bedankt voor het wachten. Ik ben nog met uw vraag bezig."),
                Always("Wilt u blijven wachten, of zal ik u terugbellen?"),
            ],
            [ScriptMoment.Resume] =
            [
                Either("Dank u wel voor uw geduld, {caller}.", "Dank u wel voor uw geduld."),
            ],
            [ScriptMoment.Transfer] =
            [
                Either("{caller}, ik verbind u door met {team}; zij helpen u hier verder mee.", "Ik verbind u door met {team}; zij helpen u hier verder mee."),
                Always("Ik geef door wat u mij verteld heeft, zodat u het niet opnieuw hoeft uit te leggen."),
                Optional("U kunt {team} voortaan rechtstreeks bereiken op {number}."),
                Always("Blijft u aan de lijn, dan verbind ik u door."),
            ],
            [ScriptMoment.MessageReadBack] =
            [
                Always("Ik lees uw bericht even aan u voor."),
                Either("Voor {recipient}: {message}", "{message}"),
                Optional("We bellen u terug op {phone}."),
                Optional("Het beste tijdstip om u terug te bellen is {callbackTime}."),
                Always("Klopt dat?"),
            ],
            [ScriptMoment.Closing] =
            [
                Optional("Samengevat: {promises}"),
                Either("Kan ik u verder nog ergens mee helpen, {caller}?", "Kan ik u verder nog ergens mee helpen?"),
                Always("Bedankt voor het bellen met {organization}. {farewell}"),
            ],
        });
}
