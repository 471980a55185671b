namespace HelpDesk.Engine.Storage;

/// <summary>Which plugins an organisation runs and how they are set.</summary>
public sealed record DeskConfiguration
{
    /// <summary>Gets the organisation.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the plugins the organisation has chosen, by plugin id.</summary>
    public IReadOnlyList<PluginActivation> Plugins { get; init; } = [];

    /// <summary>Gets the name of the desk package last installed, or <see langword="null"/> when none was.</summary>
    public string? DeskName { get; init; }

    /// <summary>Gets the version of the desk package last installed, or <see langword="null"/> when none was.</summary>
    public string? DeskVersion { get; init; }

    /// <summary>Gets the optimistic-concurrency version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Tells whether a plugin runs for the organisation: every active plugin does until the desk is configured; after that, those enabled.</summary>
    /// <param name="configuration">The organisation's desk configuration, or <see langword="null"/> when it has none.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <returns>Whether it runs.</returns>
    public static bool Runs(DeskConfiguration? configuration, string pluginId) =>
        configuration is null || configuration.Plugins.Any(p => p.PluginId == pluginId && p.Enabled);
}
