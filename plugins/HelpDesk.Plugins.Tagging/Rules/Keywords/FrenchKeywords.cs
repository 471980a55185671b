namespace HelpDesk.Plugins.Tagging.Rules.Keywords;

/// <summary>French keywords for each built-in service type and category label.</summary>
internal static class FrenchKeywords
{
    /// <summary>Gets the keywords by label.</summary>
    public static IReadOnlyDictionary<string, string[]> ByTag { get; } = new Dictionary<string, string[]>
    {
        ["service:email"] = ["courriel*", "e-mails", "messagerie électronique", "boîte mail", "boîte aux lettres", "boîte de réception", "adresse mail", "calendrier"],
        ["service:network"] = ["réseau*", "connexion internet", "pas de connexion", "plus de connexion", "borne wifi"],
        ["service:account"] = ["compte", "comptes", "identifiant*", "mot de passe", "nom d'utilisateur", "se connecter", "me connecter", "authentification", "compte bloqué", "compte verrouillé"],
        ["service:hardware"] = ["ordinateur*", "pc portable", "écran*", "clavier*", "souris", "station d'accueil", "casque*"],
        ["service:printing"] = ["imprimante*", "imprimer", "impression*", "cartouche*", "bourrage*", "numériser"],
        ["service:software"] = ["logiciel*", "application*", "programme*", "mise à jour", "mises à jour", "installer"],
        ["service:telephony"] = ["téléphone*", "téléphonie", "messagerie vocale", "combiné"],
        ["category:password"] = ["mot de passe", "mots de passe", "mot de passe oublié", "compte bloqué", "compte verrouillé"],
        ["category:outage"] = ["panne*", "coupure*", "hors service", "hors ligne", "indisponible*", "pour tout le monde", "tout le bureau", "tout le service", "personne ne peut"],
        ["category:access"] = ["accès", "accès refusé", "droits", "droits d'accès", "autorisation*", "habilitation*"],
        ["category:installation"] = ["installer", "installé", "configurer", "mise en place", "paramétrer"],
        ["category:performance"] = ["lent", "lente", "lents", "lentes", "lenteur*", "se fige", "figé*", "plante", "se bloque", "met des heures", "très long"],
        ["category:defect"] = ["cassé*", "abîmé*", "endommagé*", "fissuré*", "défectueu*", "ne démarre pas", "ne démarre plus", "ne s'allume pas", "ne s'allume plus"],
        ["category:new-user"] = ["nouvel utilisateur", "nouvelle utilisatrice", "nouvel employé", "nouvelle employée", "nouveau collaborateur", "nouvelle collaboratrice", "nouvel arrivant", "nouvelle arrivante", "nouvelle recrue"],
    };
}
