using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Testing;

/// <summary>Applies the SDK's settings rules and turns any problem into a harness failure listing them all.</summary>
internal static class SettingsConformance
{
    public static IEnumerable<string> CheckDefaults(PluginManifest manifest) => PluginSettingsValidator.CheckDefaults(manifest);

    public static PluginSettings Apply(PluginManifest manifest, string? settingsJson)
    {
        var settings = PluginSettingsValidator.Apply(manifest, settingsJson, out var problems);
        return problems.Count == 0 ? settings : throw new PluginHarnessException(problems);
    }
}
