using HelpDesk.Sdk.Greetings;
using static HelpDesk.Plugins.Tests.Greetings.GreetingHarness;

namespace HelpDesk.Plugins.Tests.Greetings;

public sealed class GreetingTests
{
    [Fact]
    public async Task An_english_greeting_names_the_organisation_and_agent_and_checks_the_caller_name()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, caller: "Sam Jansen", callerLocalTime: LocalTime(9, 15)));

        Assert.Equal("en", script.Language);
        Assert.Equal(
            [
                "Good morning, thank you for calling Contoso IT. This is Mila speaking.",
                "Am I speaking with Sam Jansen?",
                "How can I help you today?",
            ],
            script.Lines);
    }

    [Fact]
    public async Task A_dutch_greeting_asks_for_the_name_when_the_caller_is_unknown()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, language: "nl-BE", callerLocalTime: LocalTime(14, 0)));

        Assert.Equal("nl", script.Language);
        Assert.Equal(
            [
                "Goedemiddag, u spreekt met Mila van Contoso IT.",
                "Mag ik uw naam, alstublieft?",
                "Waarmee kan ik u vandaag helpen?",
            ],
            script.Lines);
    }

    [Theory]
    [InlineData(4, 59, "Good evening")]
    [InlineData(5, 0, "Good morning")]
    [InlineData(11, 59, "Good morning")]
    [InlineData(12, 0, "Good afternoon")]
    [InlineData(17, 59, "Good afternoon")]
    [InlineData(18, 0, "Good evening")]
    public async Task The_greeting_follows_the_callers_local_time_of_day(int hour, int minute, string expected)
    {
        using var harness = Start();

        // The caller is nine hours ahead of UTC: only their own clock counts.
        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, callerLocalTime: LocalTime(hour, minute, offsetHours: 9)));

        Assert.StartsWith($"{expected}, thank you", script.Lines[0]);
    }

    [Theory]
    [InlineData("en", "Hello, thank you for calling Contoso IT. This is Mila speaking.")]
    [InlineData("nl", "Goedendag, u spreekt met Mila van Contoso IT.")]
    public async Task Without_the_callers_time_zone_the_greeting_is_neutral(string language, string expected)
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, language));

        Assert.Equal(expected, script.Lines[0]);
    }

    [Fact]
    public async Task Identity_verification_is_asked_only_when_the_request_says_what_to_verify()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Greeting, caller: "Sam", values: ("verification", "your employee number")));

        Assert.Contains("To verify your identity, could you confirm your employee number?", script.Lines);
    }

    [Fact]
    public async Task A_language_without_a_script_falls_back_to_english_and_the_fallback_is_logged()
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Resume, language: "pt-BR", caller: "Sato"));

        Assert.Equal("en", script.Language);
        Assert.Equal(["Thank you for waiting, Sato."], script.Lines);
        Assert.Equal("No Resume script in 'pt-BR'; speaking 'en' instead.", Assert.Single(harness.Log.Messages));
    }

    [Fact]
    public async Task A_language_without_a_script_falls_back_to_the_organisations_default_language()
    {
        using var harness = Start("""{"defaultLanguage": "nl"}""");

        var script = await harness.RenderAsync(Request(ScriptMoment.Resume, language: "sv", caller: "Sam"));

        Assert.Equal("nl", script.Language);
        Assert.Equal(["Dank u wel voor uw geduld, Sam."], script.Lines);
    }
}
