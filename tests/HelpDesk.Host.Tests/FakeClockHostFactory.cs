using HelpDesk.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// A real host on a Kestrel port with the first-party plugins, whose clock the test moves: background work that waits for
/// time (the escalation check, the metrics projection) runs when the test advances the clock past its interval.
/// </summary>
public sealed class FakeClockHostFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryDirectory directory = new();

    public FakeClockHostFactory()
    {
        foreach (var built in Directory.EnumerateDirectories(RepositoryPaths.FirstPartyPlugins))
        {
            directory.CopyFolder(built, Path.Combine("plugins", Path.GetFileName(built)));
        }

        UseKestrel(0);
    }

    /// <summary>Gets the host's clock, starting on a Monday morning.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    internal GraphQLClient GraphQL(string organizationId, HelpDesk.Engine.Auth.ApiKeyRole role) => new(CreateClient(), TestKeys.For(this, organizationId, role));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("HelpDesk:Plugins:Directory", directory.Combine("plugins"));
        builder.UseSetting("HelpDesk:Storage:Embedded:Path", directory.Combine("helpdesk.db"));
        builder.UseSetting("HelpDesk:Bootstrap:AdminKeyFile", directory.Combine("admin.key"));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        directory.Dispose();
    }
}
