using HelpDesk.Plugins.ReplyReview.Matching;
using HelpDesk.Plugins.ReplyReview.Questions;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.ReplyReview.Languages;

/// <summary>French phrases and question words, addressing the caller with "vous".</summary>
internal static class French
{
    private const string ConcreteTime =
        @"\d{1,2}\s*h(?:\s*\d{2})?|\d{1,2}:\d{2}"
        + "|(?:dans|sous|d'ici) (?:\\d+|une|un|deux|trois|quatre|cinq|dix|quinze|trente) (?:minutes?|heures?|jours?)"
        + "|(?:avant|d'ici|pour|jusqu'à) (?:aujourd'hui|ce soir|cet après-midi|ce matin|demain|midi|minuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la fin de (?:la )?journée|\\d+)"
        + "|(?:aujourd'hui|demain) (?:à|avant)|cet après-midi|ce soir|demain matin";

    private const string Alternative =
        "à la place|en revanche|par contre|en alternative|une alternative|une autre solution|ce que je peux faire|ce que nous pouvons faire"
        + @"|(?:mais|cependant|toutefois|néanmoins),? (?:je|nous|on) (?:\p{L}+ ){0,2}?(?:peux|pouvons|peut|vais|allons|va|propose|proposons)"
        + @"|je peux (?:\p{L}+ )?(?:vous )?(?:proposer|offrir)";

    /// <summary>Gets the French pack, compiled on first use.</summary>
    public static LanguagePack Pack { get; } = new("fr", WordMatching.WholeWords,
        [
            new(VagueEffort,
                @"(?:je|nous|on) (?:vais|allons|va|peux|pouvons|peut) (?:\p{L}+ ){0,2}?(?:essayer|tenter)|j'(?:essaie|essaye|essaierai|essayerai)|(?:nous|on) (?:essayons|essaierons|essayerons|essaie|essaye|tentons|tenterons|tente)|je (?:tente|tenterai)|(?:je ferai|nous ferons) de (?:mon|notre) mieux",
                "« Essayer » paraît incertain et n'engage à rien ; dites ce que vous allez faire – seulement si vous le pouvez.",
                "Je vais …"),
            new(AsapWithoutTime,
                @"dès que possible|au plus vite|le plus (?:vite|rapidement|tôt) possible|aussi vite que possible|aussitôt que possible|au plus tôt|dans les (?:plus brefs|meilleurs) délais|asap|a\.s\.a\.p\.?",
                "« Dès que possible » n'est pas un engagement ; donnez une date et une heure précises.",
                "aujourd'hui avant … h")
            { UnlessFollowedBy = ConcreteTime },
            new(ImpossibleWithoutAlternative,
                "impossible|pas possible|pas faisable|infaisable",
                "« Impossible » ferme la porte ; dites ce qui est possible et proposez des alternatives.",
                "Ce que je peux faire, c'est …")
            { UnlessFollowedBy = Alternative, UnlessWithinSentences = 2 },
            new(Blame,
                "(?:vous|tu) (?:n')?(?:auriez|aurais) (?:pas )?(?:dû|du)|pourquoi n'(?:avez|êtes)-vous pas|pourquoi n'(?:as|es)-tu pas|pourquoi (?:vous|tu) n'(?:avez|aviez|êtes|étiez|as|avais|es) pas|c'est (?:de )?votre faute|vous avez oublié de",
                "Cela rejette la faute sur l'appelant ; dites plutôt comment le problème sera résolu.",
                "Voici comment nous allons régler cela : …"),
            new(CallBackLater,
                "(?:rappelez-(?:nous|moi)|rappel(?:er|ez|le|les)|retéléphon(?:er|ez)|appel(?:er|ez)) (?:un peu )?plus tard|(?:rappel(?:er|ez)|recontact(?:er|ez)) (?:nous )?ultérieurement|réessay(?:er|ez) plus tard",
                "Cela renvoie le travail à l'appelant ; prenez un message, transférez l'appel ou rappelez-le vous-même.",
                "Puis-je prendre un message ? Je vous rappelle à … h."),
            new(HoldOn,
                @"(?:ne )?quittez pas|bougez pas|(?:une|deux) secondes?|(?<!vous\s)attendez(?! qu)(?:-moi)?",
                "C'est sec ; demandez avant de mettre l'appelant en attente et dites pourquoi.",
                "Puis-je vous mettre en attente un instant ? Je vais vérifier …"),
            new(SelfDeprecation,
                "je (?:ne )?suis (?:que |qu'|juste |seulement |simplement )(?:un |une |le |la |l')?(?:simple |petit |petite )?(?:employé|employée|standardiste|opérateur|opératrice|intérimaire|stagiaire|secrétaire|assistant|assistante|réceptionniste|débutant|débutante|agent|conseiller|conseillère)|je travaille (?:juste|seulement) ici",
                "Vous vous dévalorisez, vous et le service ; présentez votre rôle et proposez votre aide ou un transfert.",
                "Je suis … du service d'assistance ; je peux vous aider ou vous mettre en relation avec …"),
        ],
        new QuestionWords(
            Open: @"que|qu'\p{L}+|quoi|pourquoi|comment|quand|où|quel|quelle|quels|quelles|qui|combien|lequel|laquelle|lesquels|lesquelles",
            Closed: "est|es|sont|était|étaient|avez|as|a|ont|avait|aviez|êtes|pouvez|peux|peut|pourriez|voulez|veux|voudriez|faites|fait|allez|va|savez|sais|pensez|voyez|vois|utilisez|connaissez|recevez|fonctionne|marche",
            Invitations: "décrire|décrivez|expliquer|expliquez|raconter|racontez|dites-moi (?:ce|comment|pourquoi|quand|où)"));
}
