using System.Text.Json.Nodes;

namespace HelpDesk.Engine.Desks;

/// <summary>
/// Works out a plugin's settings on a desk upgrade: the new package's values, except where the organisation changed a
/// value away from what the previous package gave it – those overrides are kept.
/// </summary>
internal static class DeskSettingsMerge
{
    /// <summary>Merges a package's settings with the organisation's overrides.</summary>
    /// <param name="packageSettingsJson">The new package's settings for the plugin.</param>
    /// <param name="organizationSettingsJson">The organisation's current settings, or <see langword="null"/> when it has none.</param>
    /// <param name="previousPackageSettingsJson">The previous package's settings, or <see langword="null"/> when no package set them (then the new package's values apply as they are).</param>
    /// <param name="kept">The names of the settings whose organisation value was kept.</param>
    /// <returns>The settings to store, as a JSON object text.</returns>
    public static string Merge(string packageSettingsJson, string? organizationSettingsJson, string? previousPackageSettingsJson, out IReadOnlyList<string> kept)
    {
        var names = new List<string>();
        kept = names;
        if (organizationSettingsJson is null || previousPackageSettingsJson is null)
        {
            return packageSettingsJson;
        }

        var merged = ObjectOf(packageSettingsJson);
        var organization = ObjectOf(organizationSettingsJson);
        var previous = ObjectOf(previousPackageSettingsJson);
        foreach (var (name, value) in organization)
        {
            if (!previous.TryGetPropertyValue(name, out var old) || !JsonNode.DeepEquals(old, value))
            {
                merged[name] = value?.DeepClone();
                names.Add(name);
            }
        }

        // A setting the previous package set and the organisation removed: the organisation chose the plugin's default.
        foreach (var (name, _) in previous.Where(p => !organization.ContainsKey(p.Key)).ToList())
        {
            merged.Remove(name);
            names.Add(name);
        }

        return merged.ToJsonString();
    }

    private static JsonObject ObjectOf(string json) => JsonNode.Parse(json) as JsonObject ?? [];
}
