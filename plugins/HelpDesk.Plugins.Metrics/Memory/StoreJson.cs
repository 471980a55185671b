using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpDesk.Plugins.Metrics.Memory;

/// <summary>How remembered state is written to the plugin store.</summary>
internal static class StoreJson
{
    /// <summary>The longest value the plugin store accepts (64 KiB).</summary>
    public const int MaxValueLength = 64 * 1024;

    /// <summary>Gets the serializer options: camelCase names, enums by name, nulls left out.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
