using HelpDesk.Sdk;
using HelpDesk.Testing;

namespace HelpDesk.Packaging.Tests;

/// <summary>
/// The SDK, its test kit and the plugin template packed once from this checkout into a workspace laid out
/// like a plugin author's: the packages in <c>artifacts/packages</c>, and a NuGet package folder of its own,
/// so every restore takes the packages just packed and never a cached copy of the same version.
/// </summary>
public sealed class PackedSdk : IAsyncLifetime
{
    private static readonly string[] PackedProjects =
    [
        "sdk/HelpDesk.Sdk",
        "sdk/HelpDesk.Sdk.Testing",
        "templates/HelpDesk.Plugin.Templates",
    ];

    private readonly TemporaryDirectory workspace = new();

    /// <summary>Gets the workspace folder; test builds happen inside it.</summary>
    public string Workspace => workspace.Path;

    /// <summary>Gets the local package folder holding the packed packages.</summary>
    public string Feed => workspace.Combine("artifacts", "packages");

    /// <summary>Gets the version every package was packed with.</summary>
    public static string Version => SdkVersion.Current.ToString(3);

    private string NuGetPackages => workspace.Combine("nuget-packages");

    /// <summary>Gets the path of a packed package.</summary>
    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    /// <summary>Gets the folder where a restore in the workspace put a package.</summary>
    public string RestoredPackage(string id) => Path.Combine(NuGetPackages, id.ToLowerInvariant(), Version);

    /// <summary>Runs the dotnet CLI in the workspace with its own NuGet package folder.</summary>
    public Task<string> DotnetAsync(string workingDirectory, params string[] arguments) =>
        DotnetCli.RunAsync(workingDirectory, NuGetPackages, arguments);

    public async ValueTask InitializeAsync()
    {
        // Packed with the machine's own NuGet settings, so the checkout's restore state is left as it is.
        foreach (var project in PackedProjects)
        {
            await DotnetCli.RunAsync(RepositoryPaths.Root, nugetPackages: null, "pack", project, "--nologo", "-o", Feed);
        }
    }

    public ValueTask DisposeAsync()
    {
        workspace.Dispose();
        return ValueTask.CompletedTask;
    }
}
