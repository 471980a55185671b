using HelpDesk.Engine.Plugins;
using HelpDesk.Sdk;
using HelpDesk.Sdk.Plugins;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpDesk.PluginLoading;

/// <summary>
/// Loads one plugin folder into its own load context and validates it eagerly: manifest, SDK version,
/// assembly, types, registrator and component construction. Every failure becomes a refusal with a reason.
/// </summary>
internal sealed class PluginFolderLoader(PluginContainerFactory containerFactory)
{
    // Types whose assemblies the host shares with every plugin so that interfaces match across load contexts.
    private static readonly Type[] SharedTypes = [typeof(SdkVersion), typeof(IServiceCollection), typeof(ILogger)];

    /// <summary>Loads a plugin folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="unloadLater">When given, the plugin is loaded only to be checked: into an unloadable context, whose
    /// handle is added here so the caller can unload it once done.</param>
    /// <returns>The plugin, active or refused.</returns>
    public LoadedPlugin Load(string folder, ICollection<IDisposable>? unloadLater = null)
    {
        var folderName = Path.GetFileName(folder);
        PluginManifest? manifest = null;
        try
        {
            manifest = ReadManifest(folder);
            CheckSdkVersion(manifest);
            var assemblyPath = Path.Combine(folder, manifest.Assembly);
            if (!File.Exists(assemblyPath))
            {
                throw new PluginRefusedException($"The assembly '{manifest.Assembly}' named in {PluginManifest.FileName} is missing from the plugin folder.");
            }

            var loader = CreateLoader(assemblyPath, unloadable: unloadLater is not null);
            unloadLater?.Add(loader);
            var assembly = PluginAssemblyInspector.Load(loader, manifest);
            var components = containerFactory.CreateComponents(assembly, manifest);
            return new LoadedPlugin
            {
                Id = manifest.Id,
                Directory = folder,
                Manifest = manifest,
                Status = PluginStatus.Active,
                Components = components,
            };
        }
        catch (PluginRefusedException e)
        {
            return LoadedPlugin.Refused(manifest?.Id ?? folderName, folder, manifest, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return LoadedPlugin.Refused(manifest?.Id ?? folderName, folder, manifest, $"The plugin could not be read: {e.Message}");
        }
    }

    private static PluginManifest ReadManifest(string folder)
    {
        var path = Path.Combine(folder, PluginManifest.FileName);
        if (!File.Exists(path))
        {
            throw new PluginRefusedException($"The folder has no {PluginManifest.FileName} manifest.");
        }

        try
        {
            return PluginManifest.Parse(File.ReadAllText(path));
        }
        catch (PluginManifestException e)
        {
            throw new PluginRefusedException($"Invalid {PluginManifest.FileName}: {e.Message}", e);
        }
    }

    private static void CheckSdkVersion(PluginManifest manifest)
    {
        var builtAgainst = manifest.GetSdkVersion();
        if (!SdkVersion.Supports(builtAgainst))
        {
            var current = SdkVersion.Current;
            throw new PluginRefusedException(
                $"The plugin was built against SDK {manifest.SdkVersion}, but this host runs SDK {current.ToString(3)}; " +
                $"rebuild it against SDK {current.Major}.x with a minor version of at most {current.Minor}.");
        }
    }

    private static PluginLoader CreateLoader(string assemblyPath, bool unloadable) =>
        PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config =>
        {
            config.PreferSharedTypes = true;
            config.IsUnloadable = unloadable;
        });
}
