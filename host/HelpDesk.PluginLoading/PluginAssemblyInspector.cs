using System.Reflection;
using HelpDesk.Sdk;
using HelpDesk.Sdk.Plugins;
using McMaster.NETCore.Plugins;

namespace HelpDesk.PluginLoading;

/// <summary>Loads a plugin's main assembly and proves that all its types resolve, before anything runs.</summary>
internal static class PluginAssemblyInspector
{
    public static Assembly Load(PluginLoader loader, PluginManifest manifest)
    {
        var assembly = loader.LoadDefaultAssembly();
        var sdkReference = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == typeof(SdkVersion).Assembly.GetName().Name);
        if (sdkReference?.Version is { } referenced && referenced.Major != SdkVersion.Current.Major)
        {
            throw new PluginRefusedException(
                $"The assembly references SDK {referenced.ToString(2)} although the manifest says {manifest.SdkVersion}; this host runs SDK {SdkVersion.Current.ToString(3)}.");
        }

        try
        {
            _ = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var causes = e.LoaderExceptions.OfType<Exception>().Select(x => x.Message).Distinct().Take(3);
            throw new PluginRefusedException($"Types of {manifest.Assembly} could not be loaded: {string.Join(" ", causes)}", e);
        }
        catch (FileNotFoundException e)
        {
            throw new PluginRefusedException($"A dependency of {manifest.Assembly} is missing: {e.Message}", e);
        }

        return assembly;
    }
}
