using HelpDesk.Sdk.Greetings;
using static HelpDesk.Plugins.Greetings.Templates.TemplateLine;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>
/// The built-in Hungarian scripts, addressing the caller formally (<i>Ön</i>). Hungarian marks case with
/// suffixes, so the lines never attach one to a request value: names and <c>{team}</c> stand in the
/// nominative, and <c>{reason}</c> is a clause that follows <i>mert</i> ("ellenőriznem kell a fiókját").
/// </summary>
internal static class HungarianPack
{
    /// <summary>Creates the Hungarian pack.</summary>
    public static LanguagePack Create() => new(
        "hu",
        new DayPartWords("Jó reggelt kívánok", "Jó napot kívánok", "Jó estét kívánok", "Üdvözlöm"),
        new DayPartWords("További szép napot kívánok!", "További szép napot kívánok!", "További szép estét kívánok!", "Viszonthallásra!"),
        new Dictionary<ScriptMoment, IReadOnlyList<TemplateLine>>
        {
            [ScriptMoment.Greeting] =
            [
                Always("{greeting}, {organization}, {agent} vagyok."),
                Either("Jól jegyeztem fel a nevét: {caller}?", "Megmondaná a nevét, kérem?"),
                Optional("Személyazonossága ellenőrzéséhez kérem, erősítse meg a következőt: {verification}."),
                Always("Miben segíthetek Önnek?"),
            ],
            [ScriptMoment.Hold] =
            [
                Either("{caller}, egy rövid időre várakoztatnom kell, mert {reason}.", "Egy rövid időre várakoztatnom kell, mert {reason}."),
                Always("Megfelel ez Önnek?"),
                Always("Egy percen belül visszatérek Önhöz."),
            ],
            [ScriptMoment.HoldCheckBack] =
            [
                Either("Köszönöm a türelmét, {caller}. Továbbra is az ügyével foglalkozom.", "Köszönöm a türelmét. Továbbra is az ügyével foglalkozom."),
                Always("Szeretné tovább tartani a vonalat, vagy inkább visszahívjam?"),
            ],
            [ScriptMoment.Resume] =
            [
                Either("Köszönöm, hogy várt, {caller}.", "Köszönöm, hogy várt."),
            ],
            [ScriptMoment.Transfer] =
            [
                Either("{caller}, most átkapcsolom; ebben az ügyben {team} tud tovább segíteni.", "Most átkapcsolom; ebben az ügyben {team} tud tovább segíteni."),
                Always("Továbbítom, amit elmondott, így nem kell mindent újra elmagyaráznia."),
                Optional("Legközelebb {team} közvetlenül is elérhető ezen a számon: {number}."),
                Always("Kérem, tartsa a vonalat, amíg kapcsolom."),
            ],
            [ScriptMoment.MessageReadBack] =
            [
                Always("Felolvasom az üzenetét."),
                Either("Címzett: {recipient}. Üzenet: {message}", "{message}"),
                Optional("A következő számon hívjuk vissza: {phone}."),
                Optional("A visszahívásra legalkalmasabb időpont: {callbackTime}."),
                Always("Jól rögzítettem?"),
            ],
            [ScriptMoment.Closing] =
            [
                Optional("Összefoglalva: {promises}"),
                Either("Segíthetek még valamiben, {caller}?", "Segíthetek még valamiben?"),
                Always("Köszönöm a hívását. {farewell}"),
            ],
        });
}
