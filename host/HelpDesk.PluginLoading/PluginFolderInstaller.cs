using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Plugins;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HelpDesk.PluginLoading;

/// <summary>
/// Stages shipped plugin folders under <c>.staging/&lt;id&gt;/</c> inside the plugin directory (on the same file system, so the
/// final move is a rename; the loader skips folders whose names start with a dot) and loads them there for checking.
/// </summary>
internal sealed class PluginFolderInstaller(
    IOptions<PluginLoadingOptions> options,
    IHostEnvironment environment,
    PluginFolderLoader folderLoader,
    PluginCatalog catalog,
    PluginDirectoryGate gate,
    TimeProvider time) : IPluginFolderInstaller
{
    /// <summary>The staging folder's name inside the plugin directory.</summary>
    public const string StagingFolder = ".staging";

    /// <summary>How old a stage left behind by a stopped process must be before the next stage removes it.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    public IStagedPluginFolders Stage(IReadOnlyList<DeskPluginFolder> folders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var root = Path.GetFullPath(options.Value.Directory, environment.ContentRootPath);
        var staging = Path.Combine(root, StagingFolder);
        RemoveAbandoned(staging);
        var stage = Path.Combine(staging, Guid.NewGuid().ToString("N"));
        var staged = new List<StagedPluginFolder>();
        var loaders = new List<IDisposable>();
        try
        {
            foreach (var folder in folders)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = Path.Combine(stage, folder.Name);
                Write(path, folder);
                staged.Add(new StagedPluginFolder(folder.Name, folderLoader.Load(path, loaders), Directory.Exists(Path.Combine(root, folder.Name))));
            }
        }
        catch
        {
            Unload(loaders);
            Delete(stage);
            throw;
        }

        return new StagedPluginFolders(root, stage, staged, loaders, this);
    }

    private IReadOnlyList<string> Commit(string root, string stage, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate.Sync)
        {
            var moved = new List<string>();
            var loaded = new List<LoadedPlugin>();
            foreach (var name in names)
            {
                var target = Path.Combine(root, name);
                try
                {
                    Directory.Move(Path.Combine(stage, name), target);
                }
                catch (IOException e)
                {
                    return RollBack(moved, $"plugins/{name}: could not be moved into the plugin directory: {e.Message}");
                }

                moved.Add(target);
                var plugin = folderLoader.Load(target);
                if (plugin.Status != PluginStatus.Active)
                {
                    return RollBack(moved, $"plugins/{name}: was refused once in the plugin directory: {plugin.Reason}");
                }

                loaded.Add(plugin);
            }

            catalog.Merge(loaded);
            return [];
        }
    }

    private static IReadOnlyList<string> RollBack(List<string> moved, string problem)
    {
        moved.ForEach(Delete);
        return [$"{problem} Nothing was installed."];
    }

    private static void Write(string path, DeskPluginFolder folder)
    {
        foreach (var file in folder.Files)
        {
            var target = Path.GetFullPath(Path.Combine(path, file.Path));
            if (!target.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The file '{file.Path}' of plugins/{folder.Name} lands outside its folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content.Span);
        }
    }

    private void RemoveAbandoned(string staging)
    {
        if (!Directory.Exists(staging))
        {
            return;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - AbandonedAfter;
        foreach (var old in Directory.EnumerateDirectories(staging).Where(d => Directory.GetCreationTimeUtc(d) < cutoff))
        {
            Delete(old);
        }
    }

    private static void Unload(List<IDisposable> loaders)
    {
        loaders.ForEach(loader => loader.Dispose());
        loaders.Clear();
    }

    private static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stage left behind is removed by a later one.
        }
    }

    /// <summary>The staged folders; their plugins were loaded into unloadable contexts, unloaded on dispose.</summary>
    private sealed class StagedPluginFolders(
        string root, string stage, IReadOnlyList<StagedPluginFolder> folders, List<IDisposable> loaders, PluginFolderInstaller installer) : IStagedPluginFolders
    {
        public IReadOnlyList<StagedPluginFolder> Folders => folders;

        public IReadOnlyList<string> Commit(IReadOnlyCollection<string> folderNames, CancellationToken cancellationToken) =>
            installer.Commit(root, stage, folderNames, cancellationToken);

        public void Dispose()
        {
            Unload(loaders);
            Delete(stage);
        }
    }
}
