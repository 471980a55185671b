namespace HelpDesk.Packaging.Tests;

/// <summary>Copies a project's sources as a fresh clone would have them: without build output.</summary>
internal static class SourceTree
{
    private static readonly string[] BuildOutputFolders = ["bin", "obj", "artifacts", "TestResults"];

    public static string Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => BuildOutputFolders.Contains(part, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
