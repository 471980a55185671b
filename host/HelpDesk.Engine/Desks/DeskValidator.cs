using System.Text.RegularExpressions;
using HelpDesk.Engine.Plugins;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Desks;

/// <summary>Checks a desk package against this host: plugins present, active and in range, their settings, the organisation defaults.</summary>
internal static partial class DeskValidator
{
    /// <summary>Checks a package; each problem is <c>field: sentence</c> naming the plugin and the setting where there is one.</summary>
    /// <param name="package">The package.</param>
    /// <param name="catalog">The host's plugins, with those the archive ships.</param>
    /// <param name="problems">The problems; empty when the package can be installed.</param>
    /// <returns>The plan, meaningful only when there are no problems.</returns>
    public static DeskPlan Validate(DeskPackage package, PluginCatalog catalog, out List<string> problems)
    {
        problems = [];
        var plugins = new List<(DeskPluginRequirement, LoadedPlugin)>();
        for (var index = 0; index < package.Manifest.Plugins.Count; index++)
        {
            var requirement = package.Manifest.Plugins[index];
            var path = $"plugins[{index}]";
            var plugin = catalog.Find(requirement.Id);
            if (plugin is null)
            {
                problems.Add($"{path}.id: no plugin '{requirement.Id}' is installed on this host; add its folder to the plugin directory first.");
            }
            else if (plugin is not { Status: PluginStatus.Active, Manifest: { } manifest })
            {
                problems.Add($"{path}.id: the plugin '{requirement.Id}' was refused by the host and cannot run: {plugin.Reason}");
            }
            else if (!requirement.Version.IsSatisfiedBy(manifest.Version))
            {
                problems.Add($"{path}.version: '{requirement.Version}' is not satisfied by {requirement.Id} {manifest.Version}.");
            }
            else
            {
                PluginSettingsValidator.Apply(manifest, requirement.SettingsJson, out var settingProblems);
                problems.AddRange(settingProblems.Select(p => $"{path}.settings ({requirement.Id}): {p}"));
                plugins.Add((requirement, plugin));
            }
        }

        var organization = package.Manifest.Organization;
        if (organization.TimeZone is { } zone && !(TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) && found.HasIanaId))
        {
            problems.Add($"organization.timeZone: '{zone}' is not an IANA time zone such as Europe/London.");
        }

        if (organization.Languages is { Count: 0 })
        {
            problems.Add("organization.languages: must name at least one language, the first being the default.");
        }

        problems.AddRange((organization.Languages ?? []).Select((language, i) => (language, i))
            .Where(l => !LanguagePattern().IsMatch(l.language))
            .Select(l => $"organization.languages[{l.i}]: '{l.language}' is not a BCP 47 language tag such as nl or en-GB."));
        return new DeskPlan(package, plugins);
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
