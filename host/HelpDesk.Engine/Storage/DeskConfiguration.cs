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
}
