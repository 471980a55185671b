using System.IO.Compression;
using System.Xml.Linq;

namespace HelpDesk.Packaging.Tests;

/// <summary>A .nupkg or .snupkg opened for reading: its files and its nuspec metadata.</summary>
internal sealed class NuGetPackage : IDisposable
{
    private readonly ZipArchive archive;
    private readonly XElement metadata;

    public NuGetPackage(string path)
    {
        archive = ZipFile.OpenRead(path);
        var nuspec = archive.Entries.Single(e => !e.FullName.Contains('/') && e.Name.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    public IReadOnlyList<string> Files => [.. archive.Entries.Select(e => e.FullName)];

    /// <summary>Gets the packages this one depends on, as id and minimum version.</summary>
    public IReadOnlyDictionary<string, string> Dependencies => metadata.Descendants()
        .Where(e => e.Name.LocalName == "dependency")
        .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value);

    public string? Metadata(string name) => Element(name)?.Value;

    public XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

    public string ReadText(string path)
    {
        using var reader = new StreamReader(archive.GetEntry(path)?.Open() ?? throw new FileNotFoundException($"The package has no {path}."));
        return reader.ReadToEnd();
    }

    public void Dispose() => archive.Dispose();
}
