using HelpDesk.Plugins.Greetings;
using HelpDesk.Sdk.Greetings;
using HelpDesk.Sdk.Testing;

namespace HelpDesk.Plugins.Tests.Greetings;

/// <summary>Starts the greetings plugin with its real manifest and renders scripts through it.</summary>
internal static class GreetingHarness
{
    /// <summary>The languages the plugin ships scripts in.</summary>
    public static readonly string[] Languages = ["en", "nl", "fr", "de", "ja", "hu"];

    public static PluginHarness Start(string? settingsJson = null) =>
        PluginHarness.For<GreetingScript>(settingsJson, PluginManifests.Of("HelpDesk.Plugins.Greetings"));

    public static async Task<Script> RenderAsync(this PluginHarness harness, ScriptRequest request)
    {
        var script = await harness.Get<IGreetingScript>().RenderAsync(request, harness.Context, TestContext.Current.CancellationToken);
        return Assert.IsType<Script>(script);
    }

    public static ScriptRequest Request(ScriptMoment moment, string language = "en", string? caller = null, DateTimeOffset? callerLocalTime = null, params (string Key, string Value)[] values) => new()
    {
        Moment = moment,
        OrganizationName = "Contoso IT",
        AgentName = "Mila",
        CallerName = caller,
        Language = language,
        CallerLocalTime = callerLocalTime,
        Values = values.ToDictionary(v => v.Key, v => v.Value),
    };

    public static DateTimeOffset LocalTime(int hour, int minute = 0, int offsetHours = 1) =>
        new(2025, 1, 6, hour, minute, 0, TimeSpan.FromHours(offsetHours));
}
