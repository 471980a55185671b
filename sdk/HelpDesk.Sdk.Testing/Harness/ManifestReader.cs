using System.Reflection;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Testing;

/// <summary>Finds and parses the manifest of the plugin under test.</summary>
internal static class ManifestReader
{
    /// <summary>
    /// Reads the manifest at <paramref name="manifestPath"/> (relative paths are taken from the test's base
    /// directory), or else the <c>plugin.json</c> beside the assembly when it names that assembly.
    /// </summary>
    public static PluginManifest? Read(Assembly assembly, string? manifestPath)
    {
        if (manifestPath is not null)
        {
            var path = Path.IsPathRooted(manifestPath) ? manifestPath : Path.Combine(AppContext.BaseDirectory, manifestPath);
            return File.Exists(path)
                ? Parse(path)
                : throw new PluginHarnessException([$"The manifest '{path}' does not exist."]);
        }

        var folder = Path.GetDirectoryName(assembly.Location);
        var beside = string.IsNullOrEmpty(folder) ? null : Path.Combine(folder, PluginManifest.FileName);
        if (beside is null || !File.Exists(beside))
        {
            return null;
        }

        // A test project that references several plugins gets one of their manifests copied beside
        // all of them; only a manifest that names this assembly is this plugin's.
        var manifest = Parse(beside);
        return string.Equals(manifest.Assembly, AssemblyFileName(assembly), StringComparison.OrdinalIgnoreCase) ? manifest : null;
    }

    public static string AssemblyFileName(Assembly assembly) => $"{assembly.GetName().Name}.dll";

    private static PluginManifest Parse(string path)
    {
        try
        {
            return PluginManifest.Parse(File.ReadAllText(path));
        }
        catch (PluginManifestException e)
        {
            throw new PluginHarnessException([$"Invalid {PluginManifest.FileName} ({path}): {e.Message}"], e);
        }
    }
}
