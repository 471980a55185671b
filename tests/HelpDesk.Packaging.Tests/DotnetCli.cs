using System.Diagnostics;
using System.Text;

namespace HelpDesk.Packaging.Tests;

/// <summary>
/// Runs the dotnet CLI as a plugin author would, in a clean environment: no telemetry, no logo, no
/// MSBuild nodes left behind, none of the MSBuild variables of the `dotnet test` run around the tests,
/// and (when given) its own NuGet package folder.
/// </summary>
internal static class DotnetCli
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>dotnet</c> and returns what it printed; fails the test when it exits with an error.</summary>
    public static async Task<string> RunAsync(string workingDirectory, string? nugetPackages, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Prepare(start.Environment, nugetPackages);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeLimit, TestContext.Current.CancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {TimeLimit}:\n{Indented(output.ToString())}", e);
        }

        process.WaitForExit();
        var text = output.ToString();
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{Indented(text)}");
        return text;
    }

    private static void Prepare(IDictionary<string, string?> environment, string? nugetPackages)
    {
        foreach (var name in environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (nugetPackages is not null)
        {
            environment["NUGET_PACKAGES"] = nugetPackages;
        }
    }

    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    // Indented, so the inner test run's summary lines are never mistaken for this run's own.
    private static string Indented(string output) => string.Join('\n', output.Split('\n').Select(line => "  | " + line));

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
