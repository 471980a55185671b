namespace HelpDesk.Sdk.Testing.Tests;

/// <summary>Paths of the manifests copied beside the tests, relative to the test's base directory.</summary>
internal static class SampleManifests
{
    public static string Named(string name) => Path.Combine("Manifests", $"sample-{name}.json");

    public static string Good => Path.Combine("Manifests", "good", "plugin.json");

    public static string Broken => Path.Combine("Manifests", "broken", "plugin.json");
}
