using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// The built host started as its own operating-system process on a free loopback port, so tests can
/// stop it gracefully or kill it outright and start it again over the same store file.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Every line the process wrote to standard output and standard error so far.</summary>
    public IReadOnlyCollection<string> Output => output;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts the host over a store file and plugin folder, with more command-line settings and environment variables if given.</summary>
    public static async Task<HostProcess> StartAsync(string databasePath, string pluginDirectory, IEnumerable<string>? settings = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            // The content root is the build output, as in a deployment, so the shipped appsettings.json applies.
            HostAssemblyPath(), "--contentRoot", Path.GetDirectoryName(HostAssemblyPath())!, "--urls", address.ToString(),
            "--HelpDesk:Storage:Embedded:Path", databasePath,
            "--HelpDesk:Plugins:Directory", pluginDirectory,
            "--HelpDesk:Bootstrap:AdminKey", AdminKey,
            .. settings ?? [],
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilReadyAsync();
        return host;
    }

    /// <summary>The admin key every process host is started with, as an operator would pass it.</summary>
    public const string AdminKey = "hd_00000000c0ffee00_process-test-admin-key-secret";

    public GraphQLClient GraphQL() => new(new HttpClient { BaseAddress = Address }, AdminKey);

    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async Task StopGracefullyAsync()
    {
        using var terminate = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await terminate.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        await Task.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} before it was ready:\n{string.Join('\n', output)}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The host was not ready within 60 seconds.");
    }

    private static string HostAssemblyPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryPaths.Root, "host", "HelpDesk.Host", "bin", configuration, "net10.0", "HelpDesk.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the host before running the process tests.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
