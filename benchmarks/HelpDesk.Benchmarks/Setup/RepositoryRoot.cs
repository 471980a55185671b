namespace HelpDesk.Benchmarks.Setup;

/// <summary>Finds the repository (and its built plugin folders) from wherever the benchmark binary runs.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string FirstPartyPlugins => System.IO.Path.Combine(Path, "artifacts", "plugins");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HelpDesk.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks inside the repository (HelpDesk.Sdk.sln not found above the binary).");
    }
}
