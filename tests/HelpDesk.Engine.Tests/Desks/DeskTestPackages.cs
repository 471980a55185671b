using System.IO.Compression;
using System.Text;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Plugins;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests.Desks;

/// <summary>Desk archives and a plugin catalogue for the desk package tests.</summary>
internal static class DeskTestPackages
{
    public const string Desk = """
        {
          "name": "test-desk",
          "version": "1.0.0",
          "description": "A desk for tests.",
          "organization": { "timeZone": "Europe/Amsterdam", "languages": ["nl", "en"] },
          "plugins": [
            { "id": "helpdesk.greetings", "version": "^1.0", "settings": { "label": "Goedemorgen" } },
            { "id": "helpdesk.tagging", "version": "~1.0", "settings": { "label": "tags", "limit": 5 } }
          ]
        }
        """;

    public static void UseCatalog(EngineHarness harness) => harness.Get<PluginCatalog>().Replace(
    [
        Plugin("helpdesk.greetings", "1.2.0"),
        Plugin("helpdesk.tagging", "1.0.0"),
        Plugin("acme.other", "2.0.0"),
    ]);

    public static Stream Zip(string deskJson, params (string Name, string Content)[] extra)
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in extra.Prepend((DeskManifest.FileName, deskJson)))
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(content);
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    private static LoadedPlugin Plugin(string id, string version) => new()
    {
        Id = id,
        Directory = id,
        Status = PluginStatus.Active,
        Manifest = PluginManifest.Parse($$"""
            { "id": "{{id}}", "name": "{{id}}", "version": "{{version}}", "sdkVersion": "1.0", "assembly": "x.dll", "kinds": ["tagging"],
              "settings": {
                "label": { "type": "string", "default": "{{id}}:default" },
                "limit": { "type": "integer", "default": 3, "minimum": 1 } } }
            """),
    };
}
