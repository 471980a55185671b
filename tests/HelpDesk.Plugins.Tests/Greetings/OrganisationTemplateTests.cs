using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Plugins;
using static HelpDesk.Plugins.Tests.Greetings.GreetingHarness;

namespace HelpDesk.Plugins.Tests.Greetings;

public sealed class OrganisationTemplateTests
{
    private const string OwnGreeting = """
        {"templates": {"en": {"greeting": ["{greeting}, {organization} service desk, {agent} here.", "Who am I speaking with?"]}}}
        """;

    [Fact]
    public async Task An_organisations_own_lines_replace_the_built_in_ones_for_that_language_and_moment()
    {
        using var harness = Start(OwnGreeting);

        var english = await harness.RenderAsync(Request(ScriptMoment.Greeting, callerLocalTime: LocalTime(8)));
        var dutch = await harness.RenderAsync(Request(ScriptMoment.Greeting, "nl", callerLocalTime: LocalTime(8)));
        var closing = await harness.RenderAsync(Request(ScriptMoment.Closing));

        Assert.Equal(["Good morning, Contoso IT service desk, Mila here.", "Who am I speaking with?"], english.Lines);
        Assert.Equal("Goedemorgen, u spreekt met Mila van Contoso IT.", dutch.Lines[0]);
        Assert.Equal("Thank you for calling Contoso IT. Goodbye.", closing.Lines[^1]);
    }

    [Fact]
    public async Task A_placeholder_in_an_organisations_line_is_required()
    {
        using var harness = Start("""{"templates": {"en": {"resume": ["Thanks for waiting, {caller}."]}}}""");

        var error = await Assert.ThrowsAsync<PluginInputException>(() => harness.RenderAsync(Request(ScriptMoment.Resume)));

        Assert.Equal("caller", error.Field);
    }

    [Fact]
    public async Task Lines_for_an_unknown_moment_are_refused_naming_the_setting()
    {
        using var harness = Start("""{"templates": {"en": {"welcome": ["Hi"]}}}""");

        var error = await Assert.ThrowsAsync<PluginSettingsException>(() => harness.RenderAsync(Request(ScriptMoment.Greeting)));

        Assert.Equal("templates", error.Setting);
        Assert.Contains("'welcome' in 'en', which is not a moment", error.Message);
        Assert.Contains("holdCheckBack", error.Message);
    }
}
