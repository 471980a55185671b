using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Plugins;
using static HelpDesk.Plugins.Tests.Greetings.GreetingHarness;

namespace HelpDesk.Plugins.Tests.Greetings;

public sealed class CallMomentTests
{
    [Fact]
    public async Task Hold_explains_why_and_asks_permission_using_the_callers_name()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Hold, caller: "Sam", values: ("reason", "check your mailbox settings with our e-mail team")));

        Assert.Equal(
            [
                "Sam, I need to put you on hold for a moment to check your mailbox settings with our e-mail team.",
                "Is that all right with you?",
                "I will be back with you in less than a minute.",
            ],
            script.Lines);
    }

    [Theory]
    [InlineData(ScriptMoment.Hold, "reason")]
    [InlineData(ScriptMoment.Transfer, "team")]
    [InlineData(ScriptMoment.MessageReadBack, "message")]
    public async Task A_moment_missing_a_value_it_needs_is_refused_naming_the_placeholder(ScriptMoment moment, string placeholder)
    {
        using var harness = Start();

        var error = await Assert.ThrowsAsync<PluginInputException>(() => harness.RenderAsync(Request(moment, caller: "Sam")));

        Assert.Equal(placeholder, error.Field);
        Assert.StartsWith($"The {moment} script needs '{placeholder}'", error.Message);
    }

    [Fact]
    public async Task Check_back_thanks_for_holding_and_offers_a_call_back()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.HoldCheckBack, language: "nl", caller: "Anna"));

        Assert.Equal(["Bedankt voor het wachten, Anna. Ik ben nog met uw vraag bezig.", "Wilt u blijven wachten, of zal ik u terugbellen?"], script.Lines);
    }

    [Theory]
    [InlineData("en", "Thank you for waiting.")]
    [InlineData("nl", "Dank u wel voor uw geduld.")]
    [InlineData("fr", "Merci d'avoir patienté.")]
    [InlineData("de", "Vielen Dank, dass Sie gewartet haben.")]
    [InlineData("ja", "お待ちいただきありがとうございました。")]
    [InlineData("hu", "Köszönöm, hogy várt.")]
    public async Task Resume_thanks_the_caller_for_waiting_without_apologising(string language, string expected)
    {
        using var harness = Start();
        string[] apologies = ["sorry", "excuse", "désolé", "pardon", "entschuldig", "leid", "申し訳", "すみません", "elnézés", "bocsánat", "sajnál"];

        var script = await harness.RenderAsync(Request(ScriptMoment.Resume, language));

        Assert.Equal([expected], script.Lines);
        Assert.DoesNotContain(script.Lines, line => apologies.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_transfer_names_the_team_promises_a_warm_handover_and_gives_the_direct_number_when_known()
    {
        using var harness = Start();

        var withNumber = await harness.RenderAsync(Request(ScriptMoment.Transfer, caller: "Sam", values: [("team", "the network team"), ("number", "020 555 0199")]));
        var withoutNumber = await harness.RenderAsync(Request(ScriptMoment.Transfer, values: ("team", "the network team")));

        Assert.Equal(
            [
                "Sam, I am going to transfer you to the network team, who can help you further with this.",
                "I will pass on what you have told me, so you will not have to explain it again.",
                "For next time, you can reach the network team directly on 020 555 0199.",
                "Please stay on the line while I connect you.",
            ],
            withNumber.Lines);
        Assert.Equal(3, withoutNumber.Lines.Count);
        Assert.StartsWith("I am going to transfer you to the network team", withoutNumber.Lines[0]);
    }

    [Fact]
    public async Task A_message_is_read_back_with_its_key_points()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(
            ScriptMoment.MessageReadBack,
            language: "nl",
            values: [("recipient", "Peter Smit"), ("message", "de printer op de tweede verdieping geeft een papierstoring"), ("phone", "+31 20 555 0100"), ("callbackTime", "vanmiddag na 14.00 uur")]));

        Assert.Equal(
            [
                "Ik lees uw bericht even aan u voor.",
                "Voor Peter Smit: de printer op de tweede verdieping geeft een papierstoring",
                "We bellen u terug op +31 20 555 0100.",
                "Het beste tijdstip om u terug te bellen is vanmiddag na 14.00 uur.",
                "Klopt dat?",
            ],
            script.Lines);
    }

    [Fact]
    public async Task Closing_repeats_the_promises_asks_for_anything_else_and_says_goodbye_for_the_time_of_day()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(
            ScriptMoment.Closing,
            caller: "Sam",
            callerLocalTime: LocalTime(19, 30),
            values: ("promises", "I will call you tomorrow at 10:00 with the status of your laptop repair.")));

        Assert.Equal(
            [
                "To sum up: I will call you tomorrow at 10:00 with the status of your laptop repair.",
                "Is there anything else I can help you with, Sam?",
                "Thank you for calling Contoso IT. Have a good evening.",
            ],
            script.Lines);
    }

    [Theory]
    [MemberData(nameof(EveryMomentInEveryLanguage))]
    public async Task Every_moment_has_a_script_in_every_built_in_language_with_only_the_needed_values(ScriptMoment moment, string language)
    {
        using var harness = Start();
        (string, string)[] values = [("reason", "r"), ("team", "t"), ("message", "m")];

        var script = await harness.RenderAsync(Request(moment, language, "Sam", LocalTime(10), values));

        Assert.Equal(language, script.Language);
        Assert.NotEmpty(script.Lines);
        Assert.DoesNotContain(script.Lines, line => line.Contains('{') || line.Contains('}'));
        Assert.Empty(harness.Log.Messages);
    }

    public static TheoryData<ScriptMoment, string> EveryMomentInEveryLanguage()
    {
        var data = new TheoryData<ScriptMoment, string>();
        foreach (var moment in Enum.GetValues<ScriptMoment>())
        {
            foreach (var language in Languages)
            {
                data.Add(moment, language);
            }
        }

        return data;
    }
}
