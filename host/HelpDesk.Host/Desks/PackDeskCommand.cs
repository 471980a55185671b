using HelpDesk.Engine.Desks;

namespace HelpDesk.Host.Desks;

/// <summary>
/// The host's <c>pack-desk &lt;folder&gt; [--output &lt;zip&gt;]</c> verb: packs a vendor's desk folder (<c>desk.json</c> and
/// <c>plugins/&lt;folder&gt;/</c>) into a desk archive, checking its layout and <c>desk.json</c> on the way. Needs no store.
/// </summary>
public static class PackDeskCommand
{
    /// <summary>The verb on the command line.</summary>
    public const string Verb = "pack-desk";

    /// <summary>Tells whether the command line asks for this verb.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns><see langword="true"/> when the first argument is <see cref="Verb"/>.</returns>
    public static bool IsRequested(string[] args) => args is [Verb, ..];

    /// <summary>Runs the verb.</summary>
    /// <param name="args">The command-line arguments, starting with <see cref="Verb"/>.</param>
    /// <param name="output">Where the outcome is written, a line per problem.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The process exit code: 0 when packed, 1 on problems, 2 on a wrong command line.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var options = args.Skip(1).ToList();
        var at = options.IndexOf("--output");
        string? target = null;
        if (at >= 0 && at + 1 < options.Count)
        {
            target = options[at + 1];
            options.RemoveRange(at, 2);
        }

        if (options.Count != 1 || options[0].StartsWith("--", StringComparison.Ordinal))
        {
            await output.WriteLineAsync($"Usage: {Verb} <desk folder> [--output <desk.zip>]");
            return 2;
        }

        var folder = Path.TrimEndingDirectorySeparator(options[0]);
        target ??= Path.GetFileName(Path.GetFullPath(folder)) + ".zip";
        var archive = DeskArchiveBuilder.Pack(folder, out var problems);
        if (archive is null)
        {
            await output.WriteLineAsync($"{folder}: not packed:");
            foreach (var problem in problems)
            {
                await output.WriteLineAsync($"  {problem}");
            }

            return 1;
        }

        await File.WriteAllBytesAsync(target, archive, cancellationToken);
        await output.WriteLineAsync($"{target}: {archive.Length} bytes, ready for install-desk or installDesk.");
        return 0;
    }
}
