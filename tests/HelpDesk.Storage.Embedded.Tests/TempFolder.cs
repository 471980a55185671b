namespace HelpDesk.Storage.Embedded.Tests;

/// <summary>A folder of its own for one test's database file, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("helpdesk-store-").FullName;

    public string DatabasePath => System.IO.Path.Combine(Path, "helpdesk.db");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
