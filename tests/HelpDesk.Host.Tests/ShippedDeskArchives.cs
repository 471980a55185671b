using System.IO.Compression;
using System.Text;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>Desk archives that ship the built test plugins, as base64 or as a multipart upload.</summary>
internal static class ShippedDeskArchives
{
    private const string DeskJson = """
        { "name": "shipped-desk", "version": "1.0.0", "description": "Ships its own tagger.",
          "plugins": [ { "id": "test.good", "version": "^1.0", "settings": { "label": "shipped:vip" } } ] }
        """;

    public static string Archive(params (string Folder, string BuiltPlugin)[] plugins) => Archive(plugins, 0);

    /// <summary>A desk archive with the built plugins, the first padded with a file of random (incompressible) bytes.</summary>
    public static string Archive((string Folder, string BuiltPlugin)[] plugins, int paddingBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("desk.json").Open(), new UTF8Encoding(false)))
            {
                writer.Write(DeskJson);
            }

            foreach (var (folder, built) in plugins)
            {
                foreach (var (path, file) in RepositoryPaths.TestPluginFiles(built))
                {
                    zip.CreateEntryFromFile(file, $"plugins/{folder}/{path}");
                }
            }

            if (paddingBytes > 0)
            {
                using var padding = zip.CreateEntry($"plugins/{plugins[0].Folder}/padding.bin").Open();
                padding.Write(System.Security.Cryptography.RandomNumberGenerator.GetBytes(paddingBytes));
            }
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    public static MultipartFormDataContent Multipart(string operations, string map, byte[] file)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(operations), "operations" },
            { new StringContent(map), "map" },
            { new ByteArrayContent(file), "0", "desk.zip" },
        };
        return content;
    }
}
