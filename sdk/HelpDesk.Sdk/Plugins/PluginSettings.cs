using System.Text.Json;

namespace HelpDesk.Sdk.Plugins;

/// <summary>Settings backed by a JSON object, as the host and the test kit hand them to plugins.</summary>
public sealed class PluginSettings : IPluginSettings
{
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, JsonElement> values;

    /// <summary>Creates settings from a JSON object's properties.</summary>
    /// <param name="values">The setting values by name; <see langword="null"/> JSON values count as unset.</param>
    public PluginSettings(IReadOnlyDictionary<string, JsonElement> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        this.values = values
            .Where(v => v.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .ToDictionary(v => v.Key, v => v.Value.Clone(), StringComparer.Ordinal);
    }

    /// <summary>Gets settings with no values: every read falls back to its default.</summary>
    public static PluginSettings Empty { get; } = new(new Dictionary<string, JsonElement>());

    /// <summary>Creates settings from a JSON object text.</summary>
    /// <param name="json">A JSON object, for example <c>{"threshold": 3}</c>.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">The text is not a JSON object.</exception>
    public static PluginSettings FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseObject(json);
        return new(document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Names => values.Keys;

    /// <inheritdoc />
    public T Get<T>(string name, T fallback)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return values.TryGetValue(name, out var value) ? Convert<T>(name, value) : fallback;
    }

    /// <inheritdoc />
    public T Require<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return values.TryGetValue(name, out var value)
            ? Convert<T>(name, value)
            : throw new PluginSettingsException(name, $"The setting '{name}' is required but has no value.");
    }

    /// <summary>Returns the settings as a JSON object text.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(values, ReadOptions);

    private static T Convert<T>(string name, JsonElement value)
    {
        try
        {
            return value.Deserialize<T>(ReadOptions)
                ?? throw new PluginSettingsException(name, $"The setting '{name}' has no value.");
        }
        catch (JsonException e)
        {
            throw new PluginSettingsException(name, $"The setting '{name}' is not a valid {typeof(T).Name}: {value.GetRawText()}.", e);
        }
    }

    private static JsonDocument ParseObject(string json)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"Plugin settings must be a JSON object: {e.Message}", nameof(json), e);
        }

        throw new ArgumentException("Plugin settings must be a JSON object.", nameof(json));
    }
}
