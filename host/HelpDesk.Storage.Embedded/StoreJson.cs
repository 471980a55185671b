using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HelpDesk.Sdk.Events;

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
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { IgnoreEventTypeOverrides } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// <see cref="DomainEvent.Type"/> carries [JsonIgnore] on the base record only. System.Text.Json reads
    /// attributes of the overriding property, so each event would write a "type" property that clashes
    /// with the "type" discriminator. The discriminator already holds the same value.
    /// </summary>
    private static void IgnoreEventTypeOverrides(JsonTypeInfo typeInfo)
    {
        if (!typeof(DomainEvent).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].AttributeProvider is PropertyInfo { Name: nameof(DomainEvent.Type) })
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
