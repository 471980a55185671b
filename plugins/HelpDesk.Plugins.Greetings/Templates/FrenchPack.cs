using HelpDesk.Sdk.Greetings;
using static HelpDesk.Plugins.Greetings.Templates.TemplateLine;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>
/// The built-in French scripts, addressing the caller as <i>vous</i>. A no-break space keeps
/// <c>?</c> and <c>:</c> from wrapping away from their sentence, as French typography wants.
/// </summary>
internal static class FrenchPack
{
    /// <summary>Creates the French pack.</summary>
    public static LanguagePack Create() => new(
        "fr",
        new DayPartWords("Bonjour", "Bonjour", "Bonsoir", "Bonjour"),
        new DayPartWords("Je vous souhaite une bonne journée.", "Je vous souhaite une bonne fin de journée.", "Je vous souhaite une bonne soirée.", "Au revoir."),
        new Dictionary<ScriptMoment, IReadOnlyList<TemplateLine>>
        {
            [ScriptMoment.Greeting] =
            [
                Always("{greeting}, {organization}, {agent} à votre écoute."),
                Either("Suis-je bien en ligne avec {caller}\u00A0?", "Puis-je avoir votre nom, s'il vous plaît\u00A0?"),
                Optional("Pour vérifier votre identité, pourriez-vous me confirmer {verification}\u00A0?"),
                Always("En quoi puis-je vous aider aujourd'hui\u00A0?"),
            ],
            [ScriptMoment.Hold] =
            [
                Either("{caller}, je vais devoir vous mettre en attente un instant pour {reason}.", "Je vais devoir vous mettre en attente un instant pour {reason}."),
                Always("Cela vous convient-il\u00A0?"),
                Always("Je reviens vers vous dans moins d'une minute."),
            ],
            [ScriptMoment.HoldCheckBack] =
            [
                Either("Merci de votre patience, {caller}. Je m'occupe toujours de votre demande.", "Merci de votre patience. Je m'occupe toujours de votre demande."),
                Always("Souhaitez-vous rester en ligne, ou préférez-vous que je vous rappelle\u00A0?"),
            ],
            [ScriptMoment.Resume] =
            [
                Either("Merci d'avoir patienté, {caller}.", "Merci d'avoir patienté."),
            ],
            [ScriptMoment.Transfer] =
            [
                Either("{caller}, je vais vous mettre en relation avec {team}, qui pourra vous aider sur ce point.", "Je vais vous mettre en relation avec {team}, qui pourra vous aider sur ce point."),
                Always("Je transmets tout ce que vous m'avez expliqué, pour que vous n'ayez pas à le répéter."),
                Optional("La prochaine fois, vous pourrez joindre {team} directement au {number}."),
                Always("Ne quittez pas, je vous transfère."),
            ],
            [ScriptMoment.MessageReadBack] =
            [
                Always("Je vous relis votre message."),
                Either("Pour {recipient}\u00A0: {message}", "{message}"),
                Optional("Nous vous rappellerons au {phone}."),
                Optional("Le meilleur moment pour vous rappeler\u00A0: {callbackTime}."),
                Always("Est-ce bien exact\u00A0?"),
            ],
            [ScriptMoment.Closing] =
            [
                Optional("Pour résumer\u00A0: {promises}"),
                Either("Puis-je faire autre chose pour vous, {caller}\u00A0?", "Puis-je faire autre chose pour vous\u00A0?"),
                Always("Merci d'avoir appelé {organization}. {farewell}"),
            ],
        });
}
