using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Storage;
using HelpDesk.Host.Desks;
using HelpDesk.Sdk.Domain;
using HelpDesk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>The host's pack-desk verb packs a sample desk folder, and its install-desk verb installs the archive for one organisation.</summary>
public sealed class InstallDeskCommandTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_verb_installs_a_desk_archive_and_reports_problems_with_an_exit_code()
    {
        using var folder = new TemporaryDirectory();
        var zip = folder.Combine("it-service-desk.zip");
        var packed = await PackDeskCommand.RunAsync(["pack-desk", Path.Combine(RepositoryPaths.Root, "samples", "desks", "it-service-desk"), "--output", zip], TextWriter.Null, Token);
        Assert.Equal(0, packed);
        var organizations = host.Services.GetRequiredService<IOrganizationStore>();
        await organizations.UpsertAsync(new Organization { Id = "cli-desk", Name = "CLI desk" }, Token);

        var (installed, output) = await Run("install-desk", zip, "--organization", "cli-desk");
        var (missing, missingOutput) = await Run("install-desk", zip, "--organization", "nobody", "--dry-run");
        var (usage, _) = await Run("install-desk", zip);

        Assert.Equal(0, installed);
        Assert.StartsWith("it-service-desk 1.0.0 installed for 'cli-desk':", output, StringComparison.Ordinal);
        Assert.Contains("helpdesk.escalation 1.0.0", output, StringComparison.Ordinal);
        Assert.Equal("Europe/London", (await organizations.FindAsync("cli-desk", Token))!.TimeZone);
        var audited = Assert.Single((await host.Services.GetRequiredService<IAuditLog>().ListAsync("cli-desk", null, null, 10, Token)).Items);
        Assert.Equal((AuditAction.DeskInstalled, "install-desk command", null), (audited.Action, audited.ActorName, audited.ActorKeyId));
        Assert.StartsWith("Installed the desk 'it-service-desk' 1.0.0: enabled helpdesk.", audited.Summary, StringComparison.Ordinal);
        Assert.Equal(1, missing);
        Assert.Contains("No organisation with the id 'nobody' exists.", missingOutput, StringComparison.Ordinal);
        Assert.Equal(2, usage);
    }

    [Fact]
    public async Task Packing_refuses_a_desk_folder_with_stray_files_or_a_bad_desk_json_naming_each_problem()
    {
        using var folder = new TemporaryDirectory();
        var desk = folder.Combine("acme-desk");
        Directory.CreateDirectory(Path.Combine(desk, "plugins", "acme.vip"));
        await File.WriteAllTextAsync(Path.Combine(desk, "notes.txt"), "remember the milk", Token);
        await File.WriteAllTextAsync(Path.Combine(desk, "plugins", "acme.vip", "plugin.json"), "{}", Token);
        using var output = new StringWriter();

        var stray = await PackDeskCommand.RunAsync(["pack-desk", desk, "--output", folder.Combine("a.zip")], output, Token);
        File.Delete(Path.Combine(desk, "notes.txt"));
        await File.WriteAllTextAsync(Path.Combine(desk, DeskManifest.FileName), """{ "name": "acme-desk" }""", Token);
        var badManifest = await PackDeskCommand.RunAsync(["pack-desk", desk, "--output", folder.Combine("b.zip")], output, Token);
        var usage = await PackDeskCommand.RunAsync(["pack-desk"], output, Token);

        Assert.Equal((1, 1, 2), (stray, badManifest, usage));
        Assert.Contains("notes.txt: a desk archive holds only desk.json and plugin folders under plugins/", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("version", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Combine("a.zip")) || File.Exists(folder.Combine("b.zip")));
    }

    private async Task<(int ExitCode, string Output)> Run(params string[] args)
    {
        using var output = new StringWriter();
        var code = await InstallDeskCommand.RunAsync(host.Services, args, output, Token);
        return (code, output.ToString());
    }
}
