using HelpDesk.Engine.Desks;

namespace HelpDesk.Engine.Plugins;

/// <summary>
/// Puts plugin folders that arrive in a desk archive into the host's plugin directory, in two steps so a desk installs all or
/// nothing: <see cref="Stage"/> writes and loads them where the host does not look, <see cref="IStagedPluginFolders.Commit"/>
/// moves the chosen ones into place and makes them active. Disposing the stage without committing leaves no trace.
/// </summary>
public interface IPluginFolderInstaller
{
    /// <summary>Writes the folders to a staging area and loads each one for checking; nothing runs or shows yet.</summary>
    /// <param name="folders">The folders.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The staged folders, each with the outcome of loading it.</returns>
    IStagedPluginFolders Stage(IReadOnlyList<DeskPluginFolder> folders, CancellationToken cancellationToken);
}

/// <summary>Plugin folders written and loaded in a staging area; disposing removes what was not committed.</summary>
public interface IStagedPluginFolders : IDisposable
{
    /// <summary>Gets each staged folder with its loading outcome.</summary>
    IReadOnlyList<StagedPluginFolder> Folders { get; }

    /// <summary>Moves the named staged folders into the plugin directory and makes their plugins active, all or none.</summary>
    /// <param name="folderNames">The folders to install.</param>
    /// <param name="cancellationToken">Stops the work before anything moved.</param>
    /// <returns>The problems, each as <c>plugins/&lt;folder&gt;: sentence</c>; empty when every folder is in place and active.</returns>
    IReadOnlyList<string> Commit(IReadOnlyCollection<string> folderNames, CancellationToken cancellationToken);
}

/// <summary>A staged plugin folder.</summary>
/// <param name="Name">The folder's name.</param>
/// <param name="Plugin">The plugin as loaded from the staging area, active or refused.</param>
/// <param name="NameTaken">Whether the plugin directory already has a folder of that name.</param>
public sealed record StagedPluginFolder(string Name, LoadedPlugin Plugin, bool NameTaken);
