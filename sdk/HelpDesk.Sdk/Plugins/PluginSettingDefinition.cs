using System.Text.Json;

namespace HelpDesk.Sdk.Plugins;

/// <summary>One setting a plugin declares in its manifest; organisations' values are validated against it.</summary>
public sealed record PluginSettingDefinition
{
    /// <summary>Gets the JSON shape the value must have.</summary>
    public required PluginSettingType Type { get; init; }

    /// <summary>Gets what the setting does, shown to administrators.</summary>
    public string Description { get; init; } = "";

    /// <summary>Gets whether an organisation must give a value (when there is no default).</summary>
    public bool Required { get; init; }

    /// <summary>Gets the value used when an organisation gives none.</summary>
    public JsonElement? Default { get; init; }

    /// <summary>Gets the only values allowed, for string settings; empty when any value is allowed.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>Gets the smallest value allowed, for numeric settings.</summary>
    public double? Minimum { get; init; }

    /// <summary>Gets the largest value allowed, for numeric settings.</summary>
    public double? Maximum { get; init; }
}
