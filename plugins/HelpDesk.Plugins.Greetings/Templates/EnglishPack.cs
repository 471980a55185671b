using HelpDesk.Sdk.Greetings;
using static HelpDesk.Plugins.Greetings.Templates.TemplateLine;

namespace HelpDesk.Plugins.Greetings.Templates;

/// <summary>The built-in English scripts.</summary>
internal static class EnglishPack
{
    public static LanguagePack Create() => new(
        "en",
        new DayPartWords("Good morning", "Good afternoon", "Good evening", "Hello"),
        new DayPartWords("Have a good day.", "Have a good day.", "Have a good evening.", "Goodbye."),
        new Dictionary<ScriptMoment, IReadOnlyList<TemplateLine>>
        {
            [ScriptMoment.Greeting] =
            [
                Always("{greeting}, thank you for calling {organization}. This is {agent} speaking."),
                Either("Am I speaking with {caller}?", "May I have your name, please?"),
                Optional("To verify your identity, could you confirm {verification}?"),
                Always("How can I help you today?"),
            ],
            [ScriptMoment.Hold] =
            [
                Either("{caller}, I need to put you on hold for a moment to {reason}.", "I need to put you on hold for a moment to {reason}."),
                Always("Is that all right with you?"),
                Always("I will be back with you in less than a minute."),
            ],
            [ScriptMoment.HoldCheckBack] =
            [
                Either("Thank you for holding, {caller}. I am still working on your request.", "Thank you for holding. I am still working on your request."),
                Always("Would you like to keep holding, or shall I call you back?"),
            ],
            [ScriptMoment.Resume] =
            [
                Either("Thank you for waiting, {caller}.", "Thank you for waiting."),
            ],
            [ScriptMoment.Transfer] =
            [
                Either("{caller}, I am going to transfer you to {team}, who can help you further with this.", "I am going to transfer you to {team}, who can help you further with this."),
                Always("I will pass on what you have told me, so you will not have to explain it again."),
                Optional("For next time, you can reach {team} directly on {number}."),
                Always("Please stay on the line while I connect you."),
            ],
            [ScriptMoment.MessageReadBack] =
            [
                Always("Let me read your message back to you."),
                Either("For {recipient}: {message}", "{message}"),
                Optional("We will call you back on {phone}."),
                Optional("The best time to call you back is {callbackTime}."),
                Always("Is that correct?"),
            ],
            [ScriptMoment.Closing] =
            [
                Optional("To sum up: {promises}"),
                Either("Is there anything else I can help you with, {caller}?", "Is there anything else I can help you with?"),
                Always("Thank you for calling {organization}. {farewell}"),
            ],
        });
}
