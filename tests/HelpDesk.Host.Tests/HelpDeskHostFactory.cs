using HelpDesk.Engine.Auth;
using HelpDesk.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// The real host on a real Kestrel port, with the first-party plugins as built, one refused test plugin,
/// and a fresh embedded store file.
/// </summary>
public sealed class HelpDeskHostFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory directory = new();

    public HelpDeskHostFactory()
    {
        var plugins = directory.Combine("plugins");
        Directory.CreateDirectory(plugins);
        foreach (var built in Directory.EnumerateDirectories(RepositoryPaths.FirstPartyPlugins))
        {
            directory.CopyFolder(built, Path.Combine("plugins", Path.GetFileName(built)));
        }

        directory.CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "HelpDesk.TestPlugins.Incompatible"), Path.Combine("plugins", "incompatible"));
        PluginDirectory = plugins;
        DatabasePath = directory.Combine("helpdesk.db");
        UseKestrel(0);
    }

    public string PluginDirectory { get; }

    public string DatabasePath { get; }

    internal GraphQLClient GraphQL(string organizationId = "demo", ApiKeyRole role = ApiKeyRole.Admin) => new(CreateClient(), TestKeys.For(this, organizationId, role));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("HelpDesk:Plugins:Directory", PluginDirectory);
        builder.UseSetting("HelpDesk:Storage:Embedded:Path", DatabasePath);
        builder.UseSetting("HelpDesk:Bootstrap:AdminKeyFile", directory.Combine("admin.key"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        directory.Dispose();
    }
}
