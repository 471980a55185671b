using System.Reflection;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// The checks the host makes when it loads a plugin that go beyond the manifest's own validation:
/// the assembly it names, the SDK version, kinds against components, and default settings against their types.
/// </summary>
internal static class ManifestChecks
{
    public static IReadOnlyList<string> Problems(PluginManifest manifest, Assembly assembly, IReadOnlyList<Type> componentTypes)
    {
        var problems = new List<string>();
        var fileName = ManifestReader.AssemblyFileName(assembly);
        if (!string.Equals(manifest.Assembly, fileName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Field 'assembly' is '{manifest.Assembly}', but the plugin's assembly is {fileName}.");
        }

        if (!SdkVersion.Supports(manifest.GetSdkVersion()))
        {
            problems.Add($"Field 'sdkVersion' is {manifest.SdkVersion}, but the host runs SDK {SdkVersion.Current.ToString(3)}.");
        }

        var provided = ComponentDiscovery.KindsOf(componentTypes);
        problems.AddRange(manifest.Kinds
            .Where(kind => !provided.Contains(kind))
            .Select(kind => $"The manifest declares the kind '{kind}', but the assembly has no public class implementing {PluginKinds.ComponentInterfaces[kind].Name}."));
        problems.AddRange(componentTypes
            .SelectMany(type => PluginKinds.Of(type).Where(kind => !manifest.Kinds.Contains(kind)).Select(kind => (type, kind)))
            .Select(c => $"{c.type.Name} provides the kind '{c.kind}', which the manifest does not declare in 'kinds'."));
        problems.AddRange(SettingsConformance.CheckDefaults(manifest));
        return problems;
    }
}
