using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Desks;

/// <summary>
/// Installs a desk package for one organisation. Everything is checked first – the archive, <c>desk.json</c>, each plugin
/// (present, active, version in range, settings valid) and the organisation defaults – and nothing changes when anything is
/// wrong. Then the desk's plugins are enabled with its settings, every other plugin is disabled, and the organisation's time
/// zone and languages are set. On an upgrade, a setting the organisation changed away from the previous package's value
/// is kept (see <see cref="PluginActivation.PackageSettingsJson"/>). Plugin folders the archive ships are staged and loaded
/// with the checks and moved into the host's plugin directory only when the whole desk checks out; they then serve the
/// whole host, like any folder dropped into that directory. An installation (not a dry run) is recorded in the audit log.
/// </summary>
public sealed class DeskInstaller(
    IDeskConfigurationStore configurations,
    IOrganizationStore organizations,
    PluginCatalog catalog,
    AuditTrail audit,
    IPluginFolderInstaller? folderInstaller = null)
{
    /// <summary>Reads a desk archive and installs it.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="zip">The zip archive.</param>
    /// <param name="dryRun">Check and report only; write nothing.</param>
    /// <param name="actor">Who installs it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The installed desk, or the problems, each naming the field, plugin and setting.</returns>
    public async Task<OperationResult<DeskInstallation>> InstallAsync(string organizationId, Stream zip, bool dryRun, AuditActor actor, CancellationToken cancellationToken)
    {
        var package = DeskPackage.Read(zip, out var problems);
        return package is null ? Failure(problems) : await InstallAsync(organizationId, package, dryRun, actor, cancellationToken);
    }

    /// <summary>Installs a desk package.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="package">The package.</param>
    /// <param name="dryRun">Check and report only; write nothing.</param>
    /// <param name="actor">Who installs it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The installed desk, or the problems, each naming the field, plugin and setting.</returns>
    public async Task<OperationResult<DeskInstallation>> InstallAsync(string organizationId, DeskPackage package, bool dryRun, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(package);
        var organization = await organizations.FindAsync(organizationId, cancellationToken);
        if (organization is null)
        {
            return OperationResult<DeskInstallation>.Failure([UserError.ForInput("organizationId", $"No organisation with the id '{organizationId}' exists.", UserErrorCode.NotFound)]);
        }

        using var staged = Stage(package, cancellationToken, out var shippedProblems);
        var (toInstall, view) = ShippedPluginCheck.Check(staged?.Folders ?? [], catalog, shippedProblems);
        var plan = DeskValidator.Validate(package, view, out var problems);
        problems.InsertRange(0, shippedProblems);
        var current = await configurations.FindAsync(organizationId, cancellationToken);
        var (activations, installed) = Activations(plan, view, current, problems);
        if (problems.Count > 0)
        {
            return Failure(problems);
        }

        var manifest = package.Manifest;
        var result = new DeskInstallation(manifest, installed, dryRun);
        if (dryRun)
        {
            return OperationResult<DeskInstallation>.Success(result);
        }

        if (toInstall.Count > 0 && staged!.Commit(toInstall, cancellationToken) is { Count: > 0 } commitProblems)
        {
            return Failure(commitProblems);
        }

        var version = current?.Version ?? 0;
        var saved = new DeskConfiguration { OrganizationId = organizationId, Plugins = activations, DeskName = manifest.Name, DeskVersion = manifest.Version, Version = version + 1 };
        try
        {
            await configurations.SaveAsync(saved, version, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return OperationResult<DeskInstallation>.Failure([UserError.ForInput(
                "package", "The desk was changed by someone else while the package was installed; its configuration was not saved (plugin folders it shipped are on the host now). Install it again.", UserErrorCode.Conflict)]);
        }

        await organizations.UpsertAsync(
            organization with
            {
                TimeZone = manifest.Organization.TimeZone ?? organization.TimeZone,
                Languages = manifest.Organization.Languages ?? organization.Languages,
            },
            cancellationToken);
        await audit.RecordAsync(
            organizationId,
            actor,
            AuditAction.DeskInstalled,
            (AuditTargets.Desk, manifest.Name),
            $"Installed the desk '{manifest.Name}' {manifest.Version}: enabled {string.Join(", ", installed.Select(p => $"{p.PluginId} {p.Version}"))}; every other plugin disabled; the desk is now at version {saved.Version}.",
            cancellationToken);
        return OperationResult<DeskInstallation>.Success(result);
    }

    private IStagedPluginFolders? Stage(DeskPackage package, CancellationToken cancellationToken, out List<string> problems)
    {
        problems = [];
        if (package.PluginFolders.Count == 0)
        {
            return null;
        }

        if (folderInstaller is null)
        {
            problems.AddRange(package.PluginFolders.Select(folder =>
                $"plugins/{folder.Name}: this host loads no plugin folders, so it cannot install the ones the archive ships; ship desk.json alone."));
            return null;
        }

        return folderInstaller.Stage(package.PluginFolders, cancellationToken);
    }

    private static (List<PluginActivation> Activations, List<DeskInstalledPlugin> Installed) Activations(DeskPlan plan, PluginCatalog plugins, DeskConfiguration? current, List<string> problems)
    {
        var existing = current?.Plugins ?? [];
        var installed = new List<DeskInstalledPlugin>();
        var activations = new List<PluginActivation>();
        for (var index = 0; index < plan.Package.Manifest.Plugins.Count; index++)
        {
            var requirement = plan.Package.Manifest.Plugins[index];
            if (plan.Plugins.FirstOrDefault(p => p.Requirement == requirement).Plugin is not { Manifest: { } manifest })
            {
                continue;
            }

            var before = existing.FirstOrDefault(a => a.PluginId == requirement.Id);
            var settings = DeskSettingsMerge.Merge(requirement.SettingsJson, before?.SettingsJson, before?.PackageSettingsJson, out var kept);
            if (kept.Count > 0)
            {
                Sdk.Plugins.PluginSettingsValidator.Apply(manifest, settings, out var keptProblems);
                problems.AddRange(keptProblems.Select(p =>
                    $"plugins[{index}].settings ({requirement.Id}): {p} The value is the organisation's own, kept on upgrade; change it with configurePlugin first."));
            }

            activations.Add(new PluginActivation { PluginId = requirement.Id, Enabled = true, SettingsJson = settings, PackageSettingsJson = requirement.SettingsJson });
            installed.Add(new DeskInstalledPlugin(requirement.Id, manifest.Version, settings, kept));
        }

        // Every other plugin the host or the organisation knows is switched off; its settings stay for a later desk.
        var others = existing.Select(a => a.PluginId).Concat(plugins.All.Select(p => p.Id)).Distinct(StringComparer.Ordinal)
            .Where(id => activations.All(a => a.PluginId != id));
        activations.AddRange(others.Select(id =>
            (existing.FirstOrDefault(a => a.PluginId == id) ?? new PluginActivation { PluginId = id }) with { Enabled = false, PackageSettingsJson = null }));
        return (activations, installed);
    }

    private static OperationResult<DeskInstallation> Failure(IReadOnlyList<string> problems) =>
        OperationResult<DeskInstallation>.Failure([.. problems.Select(p => UserError.ForInput("package", p, UserErrorCode.Invalid))]);
}
