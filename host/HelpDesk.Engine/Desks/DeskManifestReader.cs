using System.Text.Json;

namespace HelpDesk.Engine.Desks;

/// <summary>Reads a <c>desk.json</c>; every problem names the field it is about (for example <c>plugins[1].version</c>).</summary>
public static class DeskManifestReader
{
    private static readonly string[] TopFields = ["name", "version", "description", "plugins", "organization"];
    private static readonly string[] PluginFields = ["id", "version", "settings"];
    private static readonly string[] OrganizationFields = ["timeZone", "languages"];

    /// <summary>Reads a manifest.</summary>
    /// <param name="json">The text of a <c>desk.json</c>.</param>
    /// <param name="problems">Each problem as <c>field: sentence</c>; empty when the manifest was read.</param>
    /// <returns>The manifest, or <see langword="null"/> when there are problems.</returns>
    public static DeskManifest? Read(string json, out IReadOnlyList<string> problems)
    {
        var errors = new List<string>();
        problems = errors;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            errors.Add($"{DeskManifest.FileName}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{DeskManifest.FileName}: must be a JSON object.");
                return null;
            }

            Unknown(root, "", TopFields, errors);
            var name = RequiredText(root, "name", errors);
            var version = RequiredText(root, "version", errors);
            if (version is not null && !VersionRange.TryParseVersion(version, out _))
            {
                errors.Add($"version: '{version}' is not a version such as 1.0.0.");
            }

            var description = OptionalText(root, "description", "description", errors) ?? "";
            var plugins = ReadPlugins(root, errors);
            var organization = ReadOrganization(root, errors);
            return errors.Count > 0 ? null : new DeskManifest
            {
                Name = name!,
                Version = version!,
                Description = description,
                Plugins = plugins,
                Organization = organization,
            };
        }
    }

    private static List<DeskPluginRequirement> ReadPlugins(JsonElement root, List<string> errors)
    {
        var plugins = new List<DeskPluginRequirement>();
        if (!root.TryGetProperty("plugins", out var list))
        {
            errors.Add("plugins: is required (a list of { id, version, settings }).");
            return plugins;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            errors.Add("plugins: must be a list.");
            return plugins;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"plugins[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"{path}: must be an object with id, version and settings.");
                continue;
            }

            Unknown(item, path + ".", PluginFields, errors);
            var id = RequiredText(item, "id", errors, path + ".id");
            var rangeText = RequiredText(item, "version", errors, path + ".version");
            VersionRange? range = null;
            if (rangeText is not null && !VersionRange.TryParse(rangeText, out range))
            {
                errors.Add($"{path}.version: '{rangeText}' is not a version range such as ^1.0, ~1.2, >=1.0, 1.0.0 or *.");
            }

            var settings = "{}";
            if (item.TryGetProperty("settings", out var value))
            {
                if (value.ValueKind == JsonValueKind.Object)
                {
                    settings = value.GetRawText();
                }
                else
                {
                    errors.Add($"{path}.settings: must be an object of setting names and values.");
                }
            }

            if (id is not null && plugins.Any(p => p.Id == id))
            {
                errors.Add($"{path}.id: the plugin '{id}' is listed twice.");
            }

            if (id is not null && range is not null)
            {
                plugins.Add(new DeskPluginRequirement { Id = id, Version = range, SettingsJson = settings });
            }
        }

        return plugins;
    }

    private static DeskOrganizationDefaults ReadOrganization(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("organization", out var organization))
        {
            return new DeskOrganizationDefaults();
        }

        if (organization.ValueKind != JsonValueKind.Object)
        {
            errors.Add("organization: must be an object with timeZone and languages.");
            return new DeskOrganizationDefaults();
        }

        Unknown(organization, "organization.", OrganizationFields, errors);
        var timeZone = OptionalText(organization, "timeZone", "organization.timeZone", errors);
        List<string>? languages = null;
        if (organization.TryGetProperty("languages", out var list))
        {
            if (list.ValueKind == JsonValueKind.Array && list.EnumerateArray().All(l => l.ValueKind == JsonValueKind.String))
            {
                languages = [.. list.EnumerateArray().Select(l => l.GetString()!)];
            }
            else
            {
                errors.Add("organization.languages: must be a list of language tags such as [\"en-GB\"].");
            }
        }

        return new DeskOrganizationDefaults { TimeZone = timeZone, Languages = languages };
    }

    private static string? RequiredText(JsonElement element, string name, List<string> errors, string? path = null)
    {
        path ??= name;
        if (!element.TryGetProperty(name, out _))
        {
            errors.Add($"{path}: is required.");
            return null;
        }

        var text = OptionalText(element, name, path, errors);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{path}: must not be empty.");
            return null;
        }

        return text;
    }

    private static string? OptionalText(JsonElement element, string name, string path, List<string> errors)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}: must be a string.");
            return null;
        }

        return value.GetString();
    }

    private static void Unknown(JsonElement element, string prefix, string[] known, List<string> errors) =>
        errors.AddRange(element.EnumerateObject()
            .Where(p => !known.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => $"{prefix}{p.Name}: is not a desk.json field (known here: {string.Join(", ", known)})."));
}
