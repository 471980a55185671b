using System.Globalization;
using System.Text.Json;

namespace HelpDesk.Sdk.Plugins;

/// <summary>
/// Checks an organisation's settings for a plugin against the settings its manifest declares – type,
/// allowed values, range, required – and builds the effective settings a component sees: the
/// organisation's values, or else the defaults. The host and the test kit apply the same rules.
/// </summary>
public static class PluginSettingsValidator
{
    /// <summary>Validates settings and merges them with the declared defaults.</summary>
    /// <param name="manifest">The plugin's manifest.</param>
    /// <param name="settingsJson">The organisation's settings as a JSON object text; null or blank for none.</param>
    /// <param name="problems">Each problem as a sentence naming the setting; empty when the settings are valid.</param>
    /// <returns>The effective settings; meaningful only when there are no problems.</returns>
    public static PluginSettings Apply(PluginManifest manifest, string? settingsJson, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var errors = new List<string>();
        problems = errors;
        if (!TryReadObject(settingsJson, out var given, out var readProblem))
        {
            errors.Add(readProblem);
            return PluginSettings.Empty;
        }

        errors.AddRange(given.Keys
            .Where(name => !manifest.Settings.ContainsKey(name))
            .Select(name => $"Setting '{name}' is not declared in the manifest of '{manifest.Id}'."));
        var effective = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, definition) in manifest.Settings)
        {
            if (given.TryGetValue(name, out var value))
            {
                if (Check(definition, value) is { } problem)
                {
                    errors.Add($"Setting '{name}' {problem}.");
                }

                effective[name] = value;
            }
            else if (definition.Default is { } fallback)
            {
                effective[name] = fallback;
            }
            else if (definition.Required)
            {
                errors.Add($"Setting '{name}' is required and has no default.");
            }
        }

        return new PluginSettings(effective);
    }

    /// <summary>Checks that every declared default has the shape its setting declares.</summary>
    /// <param name="manifest">The plugin's manifest.</param>
    /// <returns>Each problem as a sentence naming the setting; empty when all defaults conform.</returns>
    public static IReadOnlyList<string> CheckDefaults(PluginManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return [.. from setting in manifest.Settings
                   where setting.Value.Default is not null
                   let problem = Check(setting.Value, setting.Value.Default!.Value)
                   where problem is not null
                   select $"The default of setting '{setting.Key}' {problem}."];
    }

    private static bool TryReadObject(string? settingsJson, out Dictionary<string, JsonElement> values, out string problem)
    {
        values = [];
        problem = "";
        if (string.IsNullOrWhiteSpace(settingsJson))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(settingsJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "The settings must be a JSON object.";
                return false;
            }

            values = document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind != JsonValueKind.Null)
                .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
            return true;
        }
        catch (JsonException e)
        {
            problem = $"The settings are not valid JSON: {e.Message}";
            return false;
        }
    }

    private static string? Check(PluginSettingDefinition definition, JsonElement value)
    {
        if (!HasShape(definition.Type, value))
        {
            return $"must be {Describe(definition.Type)}, but is {value.GetRawText()}";
        }

        if (definition.AllowedValues.Count > 0 && !definition.AllowedValues.Contains(value.GetString(), StringComparer.Ordinal))
        {
            return $"must be one of {string.Join(", ", definition.AllowedValues)}, but is {value.GetRawText()}";
        }

        if (value.ValueKind == JsonValueKind.Number && OutOfRange(definition, value.GetDouble()))
        {
            return $"must be between {Bound(definition.Minimum, "-∞")} and {Bound(definition.Maximum, "∞")}, but is {value.GetRawText()}";
        }

        return null;
    }

    private static bool HasShape(PluginSettingType type, JsonElement value) => type switch
    {
        PluginSettingType.String => value.ValueKind == JsonValueKind.String,
        PluginSettingType.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        PluginSettingType.Number => value.ValueKind == JsonValueKind.Number,
        PluginSettingType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        PluginSettingType.StringList => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String),
        PluginSettingType.Object => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };

    private static bool OutOfRange(PluginSettingDefinition definition, double number) =>
        (definition.Minimum is { } minimum && number < minimum) || (definition.Maximum is { } maximum && number > maximum);

    private static string Bound(double? bound, string none) => bound?.ToString(CultureInfo.InvariantCulture) ?? none;

    private static string Describe(PluginSettingType type) => type switch
    {
        PluginSettingType.String => "a string",
        PluginSettingType.Integer => "a whole number",
        PluginSettingType.Number => "a number",
        PluginSettingType.Boolean => "true or false",
        PluginSettingType.StringList => "a list of strings",
        _ => "a JSON object",
    };
}
