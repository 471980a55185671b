using HelpDesk.Plugins.ReplyReview.Matching;
using HelpDesk.Plugins.ReplyReview.Questions;
using static HelpDesk.Sdk.Review.ReplyReviewRules;

namespace HelpDesk.Plugins.ReplyReview.Languages;

/// <summary>English phrases and question words; also used for languages without a pack of their own.</summary>
internal static class English
{
    private const string ConcreteTime =
        @"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|\d{1,2}:\d{2}"
        + "|(?:within|in) (?:\\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes?|hours?|days?)"
        + "|(?:by|before|until|on) (?:today|tonight|tomorrow|noon|midday|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the )?end of (?:the )?day|close of business|\\d+)"
        + "|(?:today|tomorrow) (?:at|by|before)|this (?:morning|afternoon|evening)";

    private const string Alternative =
        "instead|alternatively|(?:an|the|another) (?:alternative|option)"
        + "|(?:but|however|though|what),? (?:I|we)(?:'ll|'d| can| could| will| would| may)"
        + "|(?:I|we) can (?:offer|suggest)";

    /// <summary>Gets the English pack, compiled on first use.</summary>
    public static LanguagePack Pack { get; } = new("en", WordMatching.WholeWords,
        [
            new(VagueEffort,
                "(?:I|we)(?:'ll| will| shall| can| could| am going to|'m going to| are going to|'re going to)? try|let(?:'s| me| us) try",
                "“Try” sounds unsure and commits to nothing; say what you will do – but only what you can.",
                "I will …"),
            new(AsapWithoutTime,
                @"as soon as (?:possible|I can|we can)|asap|a\.s\.a\.p\.?",
                "“As soon as possible” is no commitment; give a concrete date and time.",
                "by … today")
            { UnlessFollowedBy = ConcreteTime },
            new(ImpossibleWithoutAlternative,
                "impossible|not possible|(?:can't|cannot|can not) be done",
                "“Impossible” closes the door; say what is possible and offer alternatives.",
                "What I can do is …")
            { UnlessFollowedBy = Alternative, UnlessWithinSentences = 2 },
            new(Blame,
                "you should(?:'ve| have| not have|n't have)|why (?:didn't|did not|haven't|have not|hadn't) you|you (?:were|are) supposed to|you forgot to|(?:that's|it's|that is|it is) your (?:own )?fault",
                "This blames the caller; state the fix instead.",
                "Here is how we fix it: …"),
            new(CallBackLater,
                "(?:call|ring|phone) (?:us |me )?(?:back |again )?later|try again later|(?:call|ring|phone) (?:us |me )?back (?:tomorrow|another time)",
                "This pushes the work back onto the caller; take a message, transfer the call or call them back yourself.",
                "May I take a message? I will call you back at …"),
            new(HoldOn,
                @"(?<!please\s)(?:hold on|hang on)|(?:just|wait) (?:a|one) sec(?:ond)?|one sec",
                "This sounds curt; ask before putting the caller on hold and say why.",
                "May I put you on hold for a moment while I …?"),
            new(SelfDeprecation,
                @"I(?:'m| am) (?:just|only|merely|simply) (?:a|an|the) (?:\p{L}+ )?(?:clerk|operator|temp|receptionist|assistant|agent|intern|trainee|secretary|volunteer|employee|rep|representative|worker|newbie|new guy|new girl)|I (?:just|only) work here|(?:above|beyond) my pay\s*grade",
                "This belittles you and the desk; state your role and offer help or a transfer.",
                "I am … from the service desk; I can help you with this or put you through to …"),
        ],
        new QuestionWords(
            Open: "what|what's|why|how|how's|when|where|where's|which|who|who's|whom|whose",
            Closed: "am|is|isn't|are|aren't|was|wasn't|were|weren't|have|haven't|has|hasn't|had|hadn't|do|don't|does|doesn't|did|didn't|can|can't|could|couldn't|will|won't|would|wouldn't|shall|should|shouldn't|may|might|must",
            Invitations: "tell (?:me|us) (?:more|about|what|how|why|when|where|everything)|describe|explain|walk me through|talk me through"));
}
