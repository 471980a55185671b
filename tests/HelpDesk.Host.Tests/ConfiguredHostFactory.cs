using HelpDesk.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// The real host on a real Kestrel port with extra configuration settings, no plugins and a fresh store;
/// for tests that need other limits than the defaults (WithWebHostBuilder cannot create clients with Kestrel).
/// </summary>
internal sealed class ConfiguredHostFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory directory = new();
    private readonly Dictionary<string, string> settings;

    public ConfiguredHostFactory(Dictionary<string, string> settings)
    {
        this.settings = settings;
        Directory.CreateDirectory(directory.Combine("plugins"));
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("HelpDesk:Plugins:Directory", directory.Combine("plugins"));
        builder.UseSetting("HelpDesk:Bootstrap:AdminKeyFile", directory.Combine("admin.key"));
        builder.UseSetting("HelpDesk:Storage:Embedded:Path", directory.Combine("helpdesk.db"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        directory.Dispose();
    }
}
