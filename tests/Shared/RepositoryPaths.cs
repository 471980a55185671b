namespace HelpDesk.Testing;

/// <summary>Finds the repository's build outputs from a test's base directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string FirstPartyPlugins => Path.Combine(Root, "artifacts", "plugins");

    public static string TestPlugins => Path.Combine(Root, "artifacts", "test-plugins");

    /// <summary>The files of a built test plugin, each with its path inside the plugin folder ('/' separated, as in a desk archive).</summary>
    public static IEnumerable<(string RelativePath, string FullPath)> TestPluginFiles(string builtPlugin)
    {
        var source = Path.Combine(TestPlugins, builtPlugin);
        return Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(source, file).Replace('\\', '/'), file));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HelpDesk.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (HelpDesk.Sdk.sln not found above the test folder).");
    }
}
