using System.Text;
using System.Text.Json;

namespace HelpDesk.Engine.Desks;

/// <summary>Writes a <see cref="DeskManifest"/> as the indented <c>desk.json</c> text <see cref="DeskManifestReader"/> reads.</summary>
public static class DeskManifestWriter
{
    /// <summary>Writes a manifest.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <returns>The <c>desk.json</c> text.</returns>
    public static string Write(DeskManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", manifest.Name);
            json.WriteString("version", manifest.Version);
            json.WriteString("description", manifest.Description);
            WriteOrganization(json, manifest.Organization);
            json.WriteStartArray("plugins");
            foreach (var plugin in manifest.Plugins)
            {
                json.WriteStartObject();
                json.WriteString("id", plugin.Id);
                json.WriteString("version", plugin.Version.Text);
                json.WritePropertyName("settings");
                using (var settings = JsonDocument.Parse(plugin.SettingsJson))
                {
                    settings.RootElement.WriteTo(json);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteOrganization(Utf8JsonWriter json, DeskOrganizationDefaults organization)
    {
        json.WriteStartObject("organization");
        if (organization.TimeZone is { } timeZone)
        {
            json.WriteString("timeZone", timeZone);
        }

        if (organization.Languages is { } languages)
        {
            json.WriteStartArray("languages");
            foreach (var language in languages)
            {
                json.WriteStringValue(language);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
