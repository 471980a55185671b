using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace HelpDesk.Storage.Embedded;

/// <summary>The one serializer setting used for every stored document.</summary>
internal static class StoreJson
{
    /// <summary>
    /// Web defaults with enums as names. The settings that shape stored documents are spelled out
    /// rather than inherited, so a change of the framework's defaults cannot make old files unreadable.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} document is the JSON literal null.");

    /// <summary>Reads a document from its UTF-8 text as the database holds it, with no detour through a string.</summary>
    /// <typeparam name="T">The document's type.</typeparam>
    /// <param name="utf8Json">The document's text.</param>
    /// <returns>The document.</returns>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<T>(utf8Json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} document is the JSON literal null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // Documents edited by hand or by another tool may not put the "type" discriminator first.
            AllowOutOfOrderMetadataProperties = true,
            WriteIndented = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }
}
