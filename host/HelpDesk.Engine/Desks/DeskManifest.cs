namespace HelpDesk.Engine.Desks;

/// <summary>
/// The <c>desk.json</c> of a desk package: what the desk is, the plugins it needs with their settings and the defaults
/// it gives the organisation. Read it with <see cref="DeskManifestReader"/>; write it with <see cref="DeskManifestWriter"/>.
/// </summary>
public sealed record DeskManifest
{
    /// <summary>The file name of the manifest at the root of a desk archive.</summary>
    public const string FileName = "desk.json";

    /// <summary>Gets the desk's name (for example <c>it-service-desk</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the desk's own version (semantic versioning).</summary>
    public required string Version { get; init; }

    /// <summary>Gets what the desk is for, in a sentence or two.</summary>
    public string Description { get; init; } = "";

    /// <summary>Gets the plugins the desk runs, in the manifest's order.</summary>
    public IReadOnlyList<DeskPluginRequirement> Plugins { get; init; } = [];

    /// <summary>Gets the organisation defaults the desk sets.</summary>
    public DeskOrganizationDefaults Organization { get; init; } = new();
}
