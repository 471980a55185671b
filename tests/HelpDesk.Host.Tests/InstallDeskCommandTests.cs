using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Storage;
using HelpDesk.Host.Desks;
using HelpDesk.Sdk.Domain;
using HelpDesk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>The host's install-desk verb installs a sample desk archive from a file for one organisation.</summary>
public sealed class InstallDeskCommandTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_verb_installs_a_desk_archive_and_reports_problems_with_an_exit_code()
    {
        using var folder = new TemporaryDirectory();
        var zip = folder.Combine("it-service-desk.zip");
        await File.WriteAllBytesAsync(zip, DeskPackage.Zip(await File.ReadAllTextAsync(
            Path.Combine(RepositoryPaths.Root, "samples", "desks", "it-service-desk", DeskManifest.FileName), Token)), Token);
        var organizations = host.Services.GetRequiredService<IOrganizationStore>();
        await organizations.UpsertAsync(new Organization { Id = "cli-desk", Name = "CLI desk" }, Token);

        var (installed, output) = await Run("install-desk", zip, "--organization", "cli-desk");
        var (missing, missingOutput) = await Run("install-desk", zip, "--organization", "nobody", "--dry-run");
        var (usage, _) = await Run("install-desk", zip);

        Assert.Equal(0, installed);
        Assert.StartsWith("it-service-desk 1.0.0 installed for 'cli-desk':", output, StringComparison.Ordinal);
        Assert.Contains("helpdesk.escalation 1.0.0", output, StringComparison.Ordinal);
        Assert.Equal("Europe/London", (await organizations.FindAsync("cli-desk", Token))!.TimeZone);
        Assert.Equal(1, missing);
        Assert.Contains("No organisation with the id 'nobody' exists.", missingOutput, StringComparison.Ordinal);
        Assert.Equal(2, usage);
    }

    private async Task<(int ExitCode, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter();
        var code = await InstallDeskCommand.RunAsync(host.Services, args, output, Token);
        return (code, output.ToString());
    }
}
