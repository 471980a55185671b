using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Plugins;
using static HelpDesk.Plugins.Tests.Greetings.GreetingHarness;

namespace HelpDesk.Plugins.Tests.Greetings;

public sealed class NewLanguageScriptTests
{
    private static readonly (string Key, string Value)[] EveryValue =
        [.. new[] { "reason", "team", "number", "message", "recipient", "phone", "callbackTime", "promises", "verification" }.Select(key => (key, $"[{key}]"))];

    [Theory]
    [InlineData("fr", "Claire Dubois")]
    [InlineData("de", "Frau Weber")]
    [InlineData("ja", "佐藤")]
    [InlineData("hu", "Kovács Anna")]
    public async Task The_callers_name_is_used_at_the_start_middle_and_end_of_the_call(string language, string caller)
    {
        using var harness = Start();

        foreach (var moment in new[] { ScriptMoment.Greeting, ScriptMoment.Hold, ScriptMoment.HoldCheckBack, ScriptMoment.Resume, ScriptMoment.Transfer, ScriptMoment.Closing })
        {
            var script = await harness.RenderAsync(Request(moment, language, caller, LocalTime(11), EveryValue));

            Assert.Contains(script.Lines, line => line.Contains(caller, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(EveryMomentInTheNewLanguages))]
    public async Task Every_line_of_every_moment_is_said_with_every_value_filled_in(ScriptMoment moment, string language)
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(moment, language, "Sam", LocalTime(10), EveryValue));

        var said = string.Concat(script.Lines);
        Assert.DoesNotContain('{', said);
        Assert.DoesNotContain('}', said);
        string[] expected = moment switch
        {
            ScriptMoment.Greeting => ["Contoso IT", "Mila", "Sam", "[verification]"],
            ScriptMoment.Hold => ["Sam", "[reason]"],
            ScriptMoment.Transfer => ["Sam", "[team]", "[number]"],
            ScriptMoment.MessageReadBack => ["[recipient]", "[message]", "[phone]", "[callbackTime]"],
            ScriptMoment.Closing => ["Sam", "[promises]"],
            _ => ["Sam"],
        };
        Assert.All(expected, value => Assert.Contains(value, said, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", ScriptMoment.Hold, "reason")]
    [InlineData("de", ScriptMoment.Transfer, "team")]
    [InlineData("ja", ScriptMoment.Hold, "reason")]
    [InlineData("ja", ScriptMoment.MessageReadBack, "message")]
    [InlineData("hu", ScriptMoment.Transfer, "team")]
    public async Task A_missing_value_is_refused_naming_it_in_every_language(string language, ScriptMoment moment, string placeholder)
    {
        using var harness = Start();

        var error = await Assert.ThrowsAsync<PluginInputException>(() => harness.RenderAsync(Request(moment, language, "Sam")));

        Assert.Equal(placeholder, error.Field);
        Assert.StartsWith($"The {moment} script needs '{placeholder}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-CA", "fr")]
    [InlineData("de-AT", "de")]
    [InlineData("de_CH", "de")]
    [InlineData("ja-JP", "ja")]
    [InlineData("HU-hu", "hu")]
    public async Task A_regional_language_tag_speaks_its_base_language_without_a_fallback(string tag, string language)
    {
        using var harness = Start();

        var script = await harness.RenderAsync(Request(ScriptMoment.Resume, tag));

        Assert.Equal(language, script.Language);
        Assert.Empty(harness.Log.Messages);
    }

    [Fact]
    public async Task An_organisation_can_make_a_new_language_its_default()
    {
        using var harness = Start("""{"defaultLanguage": "de-AT"}""");

        var script = await harness.RenderAsync(Request(ScriptMoment.Resume, "pt", "Herr Huber"));

        Assert.Equal("de", script.Language);
        Assert.Equal(["Vielen Dank, dass Sie gewartet haben, Herr Huber."], script.Lines);
    }

    [Fact]
    public async Task An_organisations_own_lines_for_a_language_serve_its_regional_callers_too()
    {
        using var harness = Start("""{"templates": {"fr": {"resume": ["Merci de votre patience, {caller}."]}}}""");

        var script = await harness.RenderAsync(Request(ScriptMoment.Resume, "fr-CA", "Julie"));

        Assert.Equal(["Merci de votre patience, Julie."], script.Lines);
    }

    public static TheoryData<ScriptMoment, string> EveryMomentInTheNewLanguages()
    {
        var data = new TheoryData<ScriptMoment, string>();
        foreach (var moment in Enum.GetValues<ScriptMoment>())
        {
            foreach (var language in new[] { "fr", "de", "ja", "hu" })
            {
                data.Add(moment, language);
            }
        }

        return data;
    }
}
