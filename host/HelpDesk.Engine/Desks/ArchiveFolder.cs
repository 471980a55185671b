using System.IO.Compression;

namespace HelpDesk.Engine.Desks;

/// <summary>A folder on disk as zip entries: each file with its path relative to the folder, in '/' form, in ordinal order.</summary>
internal static class ArchiveFolder
{
    public static IReadOnlyList<(string File, string Entry)> Entries(string folder, string prefix = "") =>
        System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => (File: file, Entry: prefix + Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Entry, StringComparer.Ordinal)
            .ToList();

    public static void Add(ZipArchive archive, IEnumerable<(string File, string Entry)> entries)
    {
        foreach (var (file, entry) in entries)
        {
            archive.CreateEntryFromFile(file, entry, CompressionLevel.Optimal);
        }
    }
}
