using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Desks;

/// <summary>
/// Writes an organisation's current desk as a desk package: its enabled plugins with the organisation's settings (each
/// accepting the running plugin's major version, <c>^major.minor</c>) and its time zone and languages. The name and version
/// are those of the desk last installed, else <c>&lt;organisation&gt;-desk</c> 1.0.0. Asked to, the archive also ships
/// the folders of those plugins, so the desk installs on a host that has never seen them.
/// </summary>
public sealed class DeskExporter(IDeskConfigurationStore configurations, IOrganizationStore organizations, PluginCatalog catalog)
{
    /// <summary>Exports an organisation's desk.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="includePluginFolders">Whether the archive ships the enabled plugins' folders under <c>plugins/</c>.</param>
    /// <returns>The package, or a problem when the organisation does not exist.</returns>
    public async Task<OperationResult<DeskExport>> ExportAsync(string organizationId, CancellationToken cancellationToken, bool includePluginFolders = false)
    {
        var organization = await organizations.FindAsync(organizationId, cancellationToken);
        if (organization is null)
        {
            return OperationResult<DeskExport>.Failure([UserError.ForInput("organizationId", $"No organisation with the id '{organizationId}' exists.", UserErrorCode.NotFound)]);
        }

        var configuration = await configurations.FindAsync(organizationId, cancellationToken);

        // A desk never configured runs every active plugin with its defaults.
        var activations = configuration?.Plugins ?? [.. catalog.Active.Select(p => new PluginActivation { PluginId = p.Id })];
        var enabled = activations
            .Where(a => a.Enabled)
            .Select(a => (Activation: a, Plugin: catalog.Find(a.PluginId)))
            .Where(p => p.Plugin is { Status: PluginStatus.Active, Manifest: not null })
            .ToList();
        var plugins = enabled
            .Select(p =>
            {
                VersionRange.TryParseVersion(p.Plugin!.Manifest!.Version, out var version);
                VersionRange.TryParse($"^{version.Major}.{version.Minor}", out var range);
                return new DeskPluginRequirement { Id = p.Activation.PluginId, Version = range!, SettingsJson = p.Activation.SettingsJson };
            });
        var manifest = new DeskManifest
        {
            Name = configuration?.DeskName ?? $"{organizationId}-desk",
            Version = configuration?.DeskVersion ?? "1.0.0",
            Description = $"The desk of {organization.Name}, exported from its current configuration.",
            Plugins = [.. plugins],
            Organization = new DeskOrganizationDefaults { TimeZone = organization.TimeZone, Languages = organization.Languages },
        };
        var json = DeskManifestWriter.Write(manifest);
        var folders = includePluginFolders ? enabled.Select(p => p.Plugin!.Directory).Where(System.IO.Directory.Exists).ToList() : [];
        return OperationResult<DeskExport>.Success(new DeskExport(manifest, json, DeskPackage.Zip(json, folders)));
    }
}
