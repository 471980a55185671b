using System.IO.Compression;

namespace HelpDesk.Engine.Desks;

/// <summary>
/// Packs a desk folder – <c>desk.json</c> at its root and plugin folders under <c>plugins/</c> – into the archive that
/// <see cref="DeskInstaller"/> takes, and reads the result back so a vendor learns of a problem before shipping it.
/// </summary>
public static class DeskArchiveBuilder
{
    /// <summary>Packs a desk folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="problems">Each problem as <c>path: sentence</c>; empty when the archive was made.</param>
    /// <returns>The archive's bytes, or <see langword="null"/> when there are problems.</returns>
    public static byte[]? Pack(string folder, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var errors = new List<string>();
        problems = errors;
        if (!System.IO.Directory.Exists(folder))
        {
            errors.Add($"{folder}: no such folder.");
            return null;
        }

        var files = ArchiveFolder.Entries(folder);
        errors.AddRange(files
            .Where(f => f.Entry != DeskManifest.FileName && !f.Entry.StartsWith("plugins/", StringComparison.Ordinal))
            .Select(f => $"{f.Entry}: a desk archive holds only {DeskManifest.FileName} and plugin folders under plugins/; move the file out of the desk folder."));
        if (errors.Count > 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            ArchiveFolder.Add(archive, files);
        }

        buffer.Position = 0;
        if (DeskPackage.Read(buffer, out var readProblems) is null)
        {
            errors.AddRange(readProblems);
            return null;
        }

        return buffer.ToArray();
    }
}
