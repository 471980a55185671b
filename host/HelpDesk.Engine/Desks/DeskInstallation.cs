namespace HelpDesk.Engine.Desks;

/// <summary>The outcome of installing a desk (or of a dry run): the desk and each of its plugins as the organisation now has them.</summary>
/// <param name="Manifest">The installed desk's manifest.</param>
/// <param name="Plugins">The desk's plugins, in the manifest's order.</param>
/// <param name="DryRun">Whether nothing was written because only a check was asked for.</param>
public sealed record DeskInstallation(DeskManifest Manifest, IReadOnlyList<DeskInstalledPlugin> Plugins, bool DryRun);
