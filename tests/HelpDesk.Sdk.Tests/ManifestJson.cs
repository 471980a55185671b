using System.Text.Json.Nodes;

namespace HelpDesk.Sdk.Tests;

/// <summary>A valid manifest as JSON, and variations of it with one field changed.</summary>
internal static class ManifestJson
{
    public const string Valid = """
        {
          "id": "acme.tagging",
          "name": "Acme tagging",
          "version": "1.2.0",
          "description": "Labels tickets.",
          "sdkVersion": "1.0",
          "assembly": "Acme.Tagging.dll",
          "kinds": ["tagging", "metrics"],
          "settings": {
            "threshold": { "type": "integer", "description": "How many.", "default": 3, "minimum": 1 },
            "mode": { "type": "string", "default": "fast", "allowedValues": ["fast", "slow"] }
          }
        }
        """;

    public static string With(string field, JsonNode? value)
    {
        var manifest = JsonNode.Parse(Valid)!.AsObject();
        manifest[field] = value;
        return manifest.ToJsonString();
    }

    public static string Without(string field)
    {
        var manifest = JsonNode.Parse(Valid)!.AsObject();
        manifest.Remove(field);
        return manifest.ToJsonString();
    }
}
