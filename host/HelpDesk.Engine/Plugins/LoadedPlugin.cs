using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Plugins;

/// <summary>A plugin folder the host discovered, with the outcome of loading it.</summary>
public sealed record LoadedPlugin
{
    /// <summary>Gets the plugin id from the manifest, or the folder name when the manifest is unreadable.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the folder the plugin was loaded from.</summary>
    public required string Directory { get; init; }

    /// <summary>Gets the manifest, when it could be read.</summary>
    public PluginManifest? Manifest { get; init; }

    /// <summary>Gets whether the plugin runs.</summary>
    public required PluginStatus Status { get; init; }

    /// <summary>Gets why the plugin was refused; <see langword="null"/> when active.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the plugin's components; empty when refused.</summary>
    public IReadOnlyList<PluginComponent> Components { get; init; } = [];

    /// <summary>Creates the record of a refused plugin.</summary>
    /// <param name="id">The plugin id or folder name.</param>
    /// <param name="directory">The folder.</param>
    /// <param name="manifest">The manifest, if it was read.</param>
    /// <param name="reason">Why it was refused, in a sentence.</param>
    /// <returns>The record.</returns>
    public static LoadedPlugin Refused(string id, string directory, PluginManifest? manifest, string reason) =>
        new() { Id = id, Directory = directory, Manifest = manifest, Status = PluginStatus.Refused, Reason = reason };
}
