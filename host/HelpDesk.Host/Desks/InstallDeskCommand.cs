using HelpDesk.Engine.Audit;
using HelpDesk.Engine.Desks;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Host.Desks;

/// <summary>
/// The host's <c>install-desk &lt;zip&gt; --organization &lt;id&gt; [--dry-run]</c> verb: installs a desk archive for an
/// organisation against the configured store and plugin directory, without serving requests. A running host picks the
/// new desk configuration up on the organisation's next call.
/// </summary>
public static class InstallDeskCommand
{
    /// <summary>The verb on the command line.</summary>
    public const string Verb = "install-desk";

    /// <summary>Tells whether the command line asks for this verb.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns><see langword="true"/> when the first argument is <see cref="Verb"/>.</returns>
    public static bool IsRequested(string[] args) => args is [Verb, ..];

    /// <summary>Runs the verb.</summary>
    /// <param name="services">The host's services (built, not started).</param>
    /// <param name="args">The command-line arguments, starting with <see cref="Verb"/>.</param>
    /// <param name="output">Where the outcome is written, a line per problem.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The process exit code: 0 when installed, 1 on problems, 2 on a wrong command line.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = args.Skip(1).ToList();
        var dryRun = options.Remove("--dry-run");
        var at = options.IndexOf("--organization");
        if (at < 0 || at + 1 >= options.Count || options.Count != 3)
        {
            await output.WriteLineAsync($"Usage: {Verb} <desk.zip> --organization <id> [--dry-run]");
            return 2;
        }

        var organizationId = options[at + 1];
        options.RemoveRange(at, 2);
        var path = options[0];
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"{path}: no such file.");
            return 2;
        }

        foreach (var initializer in services.GetServices<IStoreInitializer>())
        {
            await initializer.InitializeAsync(cancellationToken);
        }

        // The host is built but not started, so nothing loaded the plugin folders yet.
        var catalog = services.GetRequiredService<PluginCatalog>();
        if (catalog.All.Count == 0)
        {
            catalog.Replace(services.GetRequiredService<IPluginLoader>().LoadAll(cancellationToken));
        }

        await using var zip = File.OpenRead(path);
        var result = await services.GetRequiredService<DeskInstaller>().InstallAsync(organizationId, zip, dryRun, AuditActor.Host("install-desk command"), cancellationToken);
        if (result.Value is not { } installed)
        {
            await output.WriteLineAsync($"{path}: not installed for '{organizationId}'; nothing was changed:");
            foreach (var error in result.Errors)
            {
                await output.WriteLineAsync($"  {error.Message}");
            }

            return 1;
        }

        await output.WriteLineAsync($"{installed.Manifest.Name} {installed.Manifest.Version} {(dryRun ? "can be installed" : "installed")} for '{organizationId}':");
        foreach (var plugin in installed.Plugins)
        {
            var kept = plugin.KeptOverrides.Count > 0 ? $" (kept the organisation's {string.Join(", ", plugin.KeptOverrides)})" : "";
            await output.WriteLineAsync($"  {plugin.PluginId} {plugin.Version}{kept}");
        }

        return 0;
    }
}
