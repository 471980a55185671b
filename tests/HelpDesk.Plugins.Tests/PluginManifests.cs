namespace HelpDesk.Plugins.Tests;

/// <summary>Where each plugin's real plugin.json is copied beside the tests.</summary>
internal static class PluginManifests
{
    public static string Of(string project) => Path.Combine("Manifests", project, "plugin.json");
}
