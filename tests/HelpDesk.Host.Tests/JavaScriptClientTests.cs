using System.ComponentModel;
using System.Diagnostics;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// The reference JavaScript clients against the real host: graphql validates the sample operations
/// against the introspected schema, graphql-ws receives a ticket event (tests/js-client/client.mjs).
/// </summary>
public sealed class JavaScriptClientTests
{
    private static readonly string ClientFolder = Path.Combine(RepositoryPaths.Root, "tests", "js-client");

    [Fact]
    public async Task The_graphql_and_graphql_ws_clients_validate_the_samples_and_receive_a_ticket_event()
    {
        if (await RunAsync("node", ["--version"], TimeSpan.FromSeconds(30)) is not { ExitCode: 0 })
        {
            Assert.Skip("Node.js is not installed, so the JavaScript client cannot run.");
        }

        if (!Directory.Exists(Path.Combine(ClientFolder, "node_modules")))
        {
            var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            if (install is not { ExitCode: 0 })
            {
                Assert.Skip($"npm could not install the JavaScript client's packages (is the npm registry reachable?): {Tail(install?.Output)}");
            }
        }

        // Default limits: graphql-js's standard introspection query must pass them, as code generators send it.
        await using var host = new ConfiguredHostFactory([]);
        using var http = host.CreateClient();
        var run = await RunAsync("node", ["client.mjs", new Uri(http.BaseAddress!, "/graphql").ToString(), TestKeys.For(host)], TimeSpan.FromSeconds(60))
            ?? throw new InvalidOperationException("node disappeared while the test ran.");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("valid: TicketEvents.graphql", run.Output);
        Assert.Contains("event: ticket.opened for \"Opened by the JavaScript client", run.Output);
        Assert.EndsWith("OK", run.Output.TrimEnd());
    }

    /// <returns>The exit code and the combined output, or null when the program does not exist.</returns>
    private static async Task<(int ExitCode, string Output)?> RunAsync(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ClientFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' ran longer than {timeout}.");
            }

            return (process.ExitCode, (await output) + (await errors));
        }
    }

    private static string Tail(string? output) => output is null ? "npm was not found" : output.Length <= 400 ? output : output[^400..];
}
