using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HelpDesk.Engine.Desks;

/// <summary>
/// A desk archive: a zip holding <c>desk.json</c> at its root and, optionally, plugin folders under <c>plugins/&lt;folder&gt;/</c>.
/// Reading refuses entries that would land outside the archive root (zip slip), archives over <see cref="DeskPackageLimits"/>
/// and entries other than those two.
/// </summary>
public sealed partial record DeskPackage
{
    private const string PluginsFolder = "plugins/";

    /// <summary>Gets the manifest.</summary>
    public required DeskManifest Manifest { get; init; }

    /// <summary>Gets the plugin folders the archive ships under <c>plugins/</c>, ordered by name.</summary>
    public IReadOnlyList<DeskPluginFolder> PluginFolders { get; init; } = [];

    /// <summary>Reads a desk archive.</summary>
    /// <param name="zip">The zip archive; read, not disposed.</param>
    /// <param name="problems">Each problem as <c>field or entry: sentence</c>; empty when the package was read.</param>
    /// <param name="limits">The size limits; <see cref="DeskPackageLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The package, or <see langword="null"/> when there are problems.</returns>
    public static DeskPackage? Read(Stream zip, out IReadOnlyList<string> problems, DeskPackageLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(zip);
        limits ??= DeskPackageLimits.Default;
        var errors = new List<string>();
        problems = errors;
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > limits.MaxEntries)
            {
                errors.Add($"archive: holds {archive.Entries.Count} entries; at most {limits.MaxEntries} are allowed.");
                return null;
            }

            var total = archive.Entries.Sum(e => e.Length);
            if (total > limits.MaxTotalBytes)
            {
                errors.Add($"archive: unpacks to {total} bytes; at most {limits.MaxTotalBytes} are allowed.");
                return null;
            }

            var folders = new SortedDictionary<string, List<ZipArchiveEntry>>(StringComparer.Ordinal);
            ZipArchiveEntry? manifestEntry = null;
            foreach (var entry in archive.Entries)
            {
                var name = entry.FullName;
                if (!IsSafe(name))
                {
                    errors.Add($"archive: the entry '{name}' points outside the archive root; desk archives hold relative paths only.");
                }
                else if (name == DeskManifest.FileName)
                {
                    manifestEntry = entry;
                }
                else if (name.StartsWith(PluginsFolder, StringComparison.Ordinal) && name.Length > PluginsFolder.Length)
                {
                    AddPluginEntry(folders, entry, errors);
                }
                else if (name != PluginsFolder)
                {
                    errors.Add($"archive: the entry '{name}' is neither {DeskManifest.FileName} nor under {PluginsFolder}.");
                }
            }

            if (manifestEntry is null)
            {
                errors.Add($"archive: has no {DeskManifest.FileName} at its root.");
            }
            else if (manifestEntry.Length > limits.MaxManifestBytes)
            {
                errors.Add($"{DeskManifest.FileName}: holds {manifestEntry.Length} bytes; at most {limits.MaxManifestBytes} are allowed.");
            }

            if (errors.Count > 0)
            {
                return null;
            }

            // Read no further than the limit even when the entry's declared length lies.
            using var reader = new StreamReader(manifestEntry!.Open(), Encoding.UTF8);
            var buffer = new char[limits.MaxManifestBytes + 1];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            if (read > limits.MaxManifestBytes)
            {
                errors.Add($"{DeskManifest.FileName}: holds more than {limits.MaxManifestBytes} bytes; at most {limits.MaxManifestBytes} are allowed.");
                return null;
            }

            var manifest = DeskManifestReader.Read(new string(buffer, 0, read), out var manifestProblems);
            errors.AddRange(manifestProblems);
            var shipped = ReadPluginFolders(folders, limits.MaxTotalBytes, errors);
            return manifest is null || errors.Count > 0 ? null : new DeskPackage { Manifest = manifest, PluginFolders = shipped };
        }
        catch (InvalidDataException e)
        {
            errors.Add($"archive: is not a readable zip file: {e.Message}");
            return null;
        }
    }

    /// <summary>Writes a desk archive holding <c>desk.json</c> and, optionally, plugin folders.</summary>
    /// <param name="manifestJson">The <c>desk.json</c> text.</param>
    /// <param name="pluginFolders">Plugin folders on disk, each shipped under <c>plugins/&lt;its name&gt;/</c>.</param>
    /// <returns>The zip archive's bytes.</returns>
    public static byte[] Zip(string manifestJson, IEnumerable<string>? pluginFolders = null)
    {
        ArgumentNullException.ThrowIfNull(manifestJson);
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(archive.CreateEntry(DeskManifest.FileName).Open(), new UTF8Encoding(false)))
            {
                writer.Write(manifestJson);
            }

            foreach (var folder in pluginFolders ?? [])
            {
                var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
                ArchiveFolder.Add(archive, ArchiveFolder.Entries(folder, $"{PluginsFolder}{name}/"));
            }
        }

        return buffer.ToArray();
    }

    private static void AddPluginEntry(SortedDictionary<string, List<ZipArchiveEntry>> folders, ZipArchiveEntry entry, List<string> errors)
    {
        var rest = entry.FullName[PluginsFolder.Length..];
        if (!rest.Contains('/', StringComparison.Ordinal))
        {
            errors.Add($"plugins/{rest}: is a file directly under plugins/; each plugin ships as a folder plugins/<folder>/ holding its plugin.json.");
            return;
        }

        var folder = rest.Split('/')[0];
        if (!FolderNamePattern().IsMatch(folder))
        {
            errors.Add($"plugins/{folder}: is not a usable plugin folder name; use letters, digits, '.', '-' and '_', not starting with '.'.");
            return;
        }

        if (!folders.TryGetValue(folder, out var entries))
        {
            folders[folder] = entries = [];
        }

        if (!entry.FullName.EndsWith('/'))
        {
            entries.Add(entry);
        }
    }

    private static List<DeskPluginFolder> ReadPluginFolders(SortedDictionary<string, List<ZipArchiveEntry>> folders, long maxTotalBytes, List<string> errors)
    {
        var budget = maxTotalBytes;
        var shipped = new List<DeskPluginFolder>();
        foreach (var (name, entries) in folders)
        {
            if (entries.Count == 0)
            {
                errors.Add($"plugins/{name}: the folder is empty; a plugin folder holds plugin.json and the plugin's assemblies.");
                continue;
            }

            var files = new List<DeskPluginFile>();
            foreach (var entry in entries)
            {
                // Read no further than what is left of the limit, even when an entry's declared length lies.
                using var content = entry.Open();
                using var copy = new MemoryStream();
                var buffer = new byte[81920];
                int read;
                while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                {
                    budget -= read;
                    if (budget < 0)
                    {
                        errors.Add($"archive: unpacks to more than {maxTotalBytes} bytes; at most {maxTotalBytes} are allowed.");
                        return [];
                    }

                    copy.Write(buffer, 0, read);
                }

                files.Add(new DeskPluginFile(entry.FullName[(PluginsFolder.Length + name.Length + 1)..], copy.ToArray()));
            }

            shipped.Add(new DeskPluginFolder(name, files));
        }

        return shipped;
    }

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]*$")]
    private static partial Regex FolderNamePattern();

    private static bool IsSafe(string name) =>
        name.Length > 0
        && !name.Contains('\\', StringComparison.Ordinal)
        && !name.Contains(':', StringComparison.Ordinal)
        && !name.StartsWith('/')
        && !name.Split('/').Any(part => part is ".." or ".");
}
