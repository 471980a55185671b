using System.Globalization;
using System.Text.Json;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Sdk.Testing;

/// <summary>
/// Checks setting values against the settings a manifest declares – type, allowed values, range – and
/// builds the effective settings an organisation's component sees: its values, or else the defaults.
/// </summary>
internal static class SettingsConformance
{
    public static IEnumerable<string> CheckDefaults(PluginManifest manifest) =>
        from setting in manifest.Settings
        where setting.Value.Default is not null
        let problem = Check(setting.Value, setting.Value.Default!.Value)
        where problem is not null
        select $"The default of setting '{setting.Key}' {problem}.";

    public static PluginSettings Apply(PluginManifest manifest, string? settingsJson)
    {
        var given = ReadObject(settingsJson);
        var problems = given.Keys
            .Where(name => !manifest.Settings.ContainsKey(name))
            .Select(name => $"Setting '{name}' is not declared in the manifest of '{manifest.Id}'.")
            .ToList();
        var effective = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, definition) in manifest.Settings)
        {
            if (given.TryGetValue(name, out var value))
            {
                if (Check(definition, value) is { } problem)
                {
                    problems.Add($"Setting '{name}' {problem}.");
                }

                effective[name] = value;
            }
            else if (definition.Default is { } fallback)
            {
                effective[name] = fallback;
            }
            else if (definition.Required)
            {
                problems.Add($"Setting '{name}' is required and has no default.");
            }
        }

        return problems.Count == 0 ? new PluginSettings(effective) : throw new PluginHarnessException(problems);
    }

    private static Dictionary<string, JsonElement> ReadObject(string? settingsJson)
    {
        if (string.IsNullOrWhiteSpace(settingsJson))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(settingsJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject()
                    .Where(p => p.Value.ValueKind != JsonValueKind.Null)
                    .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : throw new PluginHarnessException(["The settings must be a JSON object."]);
        }
        catch (JsonException e)
        {
            throw new PluginHarnessException([$"The settings are not valid JSON: {e.Message}"], e);
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
