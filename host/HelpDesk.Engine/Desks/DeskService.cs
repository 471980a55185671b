using System.Text.Json;
using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Desks;

/// <summary>
/// Assembles one organisation's desk at runtime: which plugins run for it and with which settings. Changes apply to the
/// next call of that organisation – no restart, no effect on other organisations – and are saved with the desk
/// configuration's version, so two admins never overwrite each other silently. Every saved change is recorded in the
/// audit log.
/// </summary>
public sealed class DeskService(IDeskConfigurationStore configurations, PluginCatalog catalog, PluginCircuitBreaker breaker, AuditTrail audit)
{
    private const int Attempts = 3;

    /// <summary>Lists the active plugins with whether and how each runs for the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plugins.</returns>
    public async Task<IReadOnlyList<DeskPluginState>> ListAsync(string organizationId, CancellationToken cancellationToken)
    {
        var configuration = await configurations.FindAsync(organizationId, cancellationToken);
        return [.. catalog.Active.Select(plugin => StateOf(organizationId, plugin, configuration))];
    }

    /// <summary>Turns a plugin on or off for the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="enabled">Whether it should run.</param>
    /// <param name="expectedVersion">The desk version last read, or <see langword="null"/> to apply to the latest.</param>
    /// <param name="actor">Who makes the change, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plugin as the desk now has it, or the problems.</returns>
    public Task<OperationResult<DeskPluginState>> SetEnabledAsync(
        string organizationId, string pluginId, bool enabled, int? expectedVersion, AuditActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(
            organizationId,
            pluginId,
            expectedVersion,
            activation => (activation with { Enabled = enabled }, []),
            new DeskChange(actor, enabled ? AuditAction.PluginEnabled : AuditAction.PluginDisabled, $"{(enabled ? "Enabled" : "Disabled")} the plugin '{pluginId}'"),
            cancellationToken);

    /// <summary>Replaces the organisation's settings of a plugin, after checking them against the plugin's declared settings.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="settingsJson">The settings as a JSON object; settings left out take the plugin's defaults.</param>
    /// <param name="expectedVersion">The desk version last read, or <see langword="null"/> to apply to the latest.</param>
    /// <param name="actor">Who makes the change, for the audit log (which names the settings given, never their values).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plugin with its effective settings, or the problems, each naming the setting.</returns>
    public Task<OperationResult<DeskPluginState>> ConfigureAsync(
        string organizationId, string pluginId, string settingsJson, int? expectedVersion, AuditActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(
            organizationId,
            pluginId,
            expectedVersion,
            activation =>
            {
                var manifest = catalog.Find(pluginId)!.Manifest!;
                PluginSettingsValidator.Apply(manifest, settingsJson, out var problems);
                return (activation with { SettingsJson = settingsJson }, [.. problems.Select(p => UserError.ForInput("settings", p, UserErrorCode.Invalid))]);
            },
            new DeskChange(actor, AuditAction.PluginConfigured, $"Replaced the settings of the plugin '{pluginId}' ({SettingNames(settingsJson)})"),
            cancellationToken);

    private DeskPluginState StateOf(string organizationId, LoadedPlugin plugin, DeskConfiguration? configuration)
    {
        var activation = configuration?.Plugins.FirstOrDefault(p => p.PluginId == plugin.Id);
        var settings = PluginSettingsValidator.Apply(plugin.Manifest!, activation?.SettingsJson, out _);
        return new DeskPluginState(plugin, DeskConfiguration.Runs(configuration, plugin.Id), settings.ToJson(), configuration?.Version ?? 0, breaker.HealthOf(organizationId, plugin.Id));
    }

    private async Task<OperationResult<DeskPluginState>> ChangeAsync(
        string organizationId,
        string pluginId,
        int? expectedVersion,
        Func<PluginActivation, (PluginActivation Activation, IReadOnlyList<UserError> Errors)> change,
        DeskChange audited,
        CancellationToken cancellationToken)
    {
        if (catalog.Find(pluginId) is not { Status: PluginStatus.Active, Manifest: not null } plugin)
        {
            return Fail("pluginId", catalog.Find(pluginId) is { } refused
                ? $"The plugin '{pluginId}' was refused by the host and cannot run: {refused.Reason}"
                : $"No plugin with the id '{pluginId}' is installed.", UserErrorCode.NotFound);
        }

        for (var attempt = 1; ; attempt++)
        {
            var current = await configurations.FindAsync(organizationId, cancellationToken);
            var version = current?.Version ?? 0;
            if (expectedVersion is { } expected && expected != version)
            {
                return Conflict(expected, version);
            }

            // A desk never configured runs every active plugin; its first configuration writes that down before changing it.
            var activations = current?.Plugins.ToList() ?? [.. catalog.Active.Select(p => new PluginActivation { PluginId = p.Id })];
            var existing = activations.FindIndex(a => a.PluginId == pluginId);
            var (changed, errors) = change(existing >= 0 ? activations[existing] : new PluginActivation { PluginId = pluginId, Enabled = current is null });
            if (errors.Count > 0)
            {
                return OperationResult<DeskPluginState>.Failure(errors);
            }

            if (existing >= 0)
            {
                activations[existing] = changed;
            }
            else
            {
                activations.Add(changed);
            }

            var saved = new DeskConfiguration { OrganizationId = organizationId, Plugins = activations, DeskName = current?.DeskName, DeskVersion = current?.DeskVersion, Version = version + 1 };
            try
            {
                await configurations.SaveAsync(saved, version, cancellationToken);
                await audit.RecordAsync(
                    organizationId, audited.Actor, audited.Action, (AuditTargets.Plugin, pluginId), $"{audited.Summary}; the desk is now at version {saved.Version}.", cancellationToken);
                return OperationResult<DeskPluginState>.Success(StateOf(organizationId, plugin, saved));
            }
            catch (ConcurrencyConflictException) when (expectedVersion is null && attempt < Attempts)
            {
                // Another admin saved in between: apply the change to what they saved.
            }
            catch (ConcurrencyConflictException)
            {
                return Conflict(version, version + 1);
            }
        }
    }

    /// <summary>The names of the settings given, for the audit log: their values may be secrets (a webhook token) and stay out of it.</summary>
    private static string SettingNames(string settingsJson)
    {
        try
        {
            using var document = JsonDocument.Parse(settingsJson);
            var names = document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.EnumerateObject().Select(p => p.Name).ToList() : [];
            return names.Count == 0 ? "all left at their defaults" : "given: " + string.Join(", ", names);
        }
        catch (JsonException)
        {
            return "not readable";
        }
    }

    private static OperationResult<DeskPluginState> Conflict(int expected, int actual) => Fail(
        "expectedVersion", $"The desk was changed by someone else since version {expected}; it is now at version {actual}. Reload it and apply your change again.", UserErrorCode.Conflict);

    private static OperationResult<DeskPluginState> Fail(string field, string message, UserErrorCode code) =>
        OperationResult<DeskPluginState>.Failure([UserError.ForInput(field, message, code)]);
}

/// <summary>What an accepted change of the desk records in the audit log.</summary>
internal sealed record DeskChange(AuditActor Actor, AuditAction Action, string Summary);
