using System.Text.Json;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Plugins;

/// <summary>Checks an organisation's settings for a plugin against the plugin's declared settings, and applies defaults.</summary>
public static class PluginSettingsValidator
{
    /// <summary>Validates settings and merges them with the declared defaults.</summary>
    /// <param name="manifest">The plugin's manifest.</param>
    /// <param name="settingsJson">The organisation's settings as a JSON object text.</param>
    /// <param name="problems">Each problem as a sentence naming the setting; empty when valid.</param>
    /// <returns>The effective settings (defaults applied); meaningful only when there are no problems.</returns>
    public static PluginSettings Validate(PluginManifest manifest, string settingsJson, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var errors = new List<string>();
        problems = errors;
        Dictionary<string, JsonElement> given;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(settingsJson) ? "{}" : settingsJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add("Settings must be a JSON object.");
                return PluginSettings.Empty;
            }

            given = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            errors.Add($"Settings are not valid JSON: {e.Message}");
            return PluginSettings.Empty;
        }

        errors.AddRange(given.Keys.Where(k => !manifest.Settings.ContainsKey(k)).Select(k => $"Setting '{k}' is not a setting of plugin '{manifest.Id}'."));
        var effective = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, definition) in manifest.Settings)
        {
            if (given.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                var problem = Check(name, definition, value);
                if (problem is not null)
                {
                    errors.Add(problem);
                }

                effective[name] = value;
            }
            else if (definition.Default is { } fallback)
            {
                effective[name] = fallback;
            }
            else if (definition.Required)
            {
                errors.Add($"Setting '{name}' is required.");
            }
        }

        return new PluginSettings(effective);
    }

    private static string? Check(string name, PluginSettingDefinition definition, JsonElement value)
    {
        var typeOk = definition.Type switch
        {
            PluginSettingType.String => value.ValueKind == JsonValueKind.String,
            PluginSettingType.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            PluginSettingType.Number => value.ValueKind == JsonValueKind.Number,
            PluginSettingType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            PluginSettingType.StringList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String),
            PluginSettingType.Object => value.ValueKind == JsonValueKind.Object,
            _ => false,
        };
        if (!typeOk)
        {
            return $"Setting '{name}' must be of type {Describe(definition.Type)}, but is {value.GetRawText()}.";
        }

        if (definition.AllowedValues.Count > 0 && !definition.AllowedValues.Contains(value.GetString()))
        {
            return $"Setting '{name}' must be one of {string.Join(", ", definition.AllowedValues)}, but is '{value.GetString()}'.";
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var number = value.GetDouble();
            if (number < definition.Minimum || number > definition.Maximum)
            {
                return $"Setting '{name}' must be between {definition.Minimum?.ToString() ?? "-∞"} and {definition.Maximum?.ToString() ?? "∞"}, but is {number}.";
            }
        }

        return null;
    }

    private static string Describe(PluginSettingType type) => type switch
    {
        PluginSettingType.StringList => "a list of strings",
        PluginSettingType.Object => "a JSON object",
        _ => type.ToString().ToLowerInvariant(),
    };
}
