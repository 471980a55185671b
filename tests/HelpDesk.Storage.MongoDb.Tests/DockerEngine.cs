using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>
/// Whether a Docker engine answers, found out in a second or two: Testcontainers itself would wait much longer on a
/// machine with the docker CLI but no engine.
/// </summary>
internal static class DockerEngine
{
    private static readonly byte[] PingRequest = Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n");

    /// <summary>Returns <see langword="null"/> when an engine answered its ping, otherwise why none did.</summary>
    public static async Task<string?> WhyUnavailableAsync(TimeSpan timeout)
    {
        var candidates = Candidates().ToList();
        if (candidates.Count == 0)
        {
            return "DOCKER_HOST is not set and no Docker socket file exists";
        }

        foreach (var endpoint in candidates)
        {
            if (await AnswersPingAsync(endpoint, timeout))
            {
                return null;
            }
        }

        return $"no Docker engine answered at {string.Join(", ", candidates.Select(Describe))}";
    }

    private static IEnumerable<EndPoint> Candidates()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(dockerHost) && Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri))
        {
            if (uri.Scheme == "unix")
            {
                yield return new UnixDomainSocketEndPoint(uri.AbsolutePath);
            }
            else if (uri.Scheme is "tcp" or "http" or "https")
            {
                yield return new DnsEndPoint(uri.Host, uri.Port);
            }

            yield break;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] sockets =
        [
            "/var/run/docker.sock",
            Path.Combine(home, ".docker", "run", "docker.sock"),
            Path.Combine(home, ".docker", "desktop", "docker.sock"),
            $"/run/user/{Environment.GetEnvironmentVariable("UID") ?? "0"}/docker.sock",
        ];
        foreach (var socket in sockets.Where(File.Exists))
        {
            yield return new UnixDomainSocketEndPoint(socket);
        }
    }

    private static string Describe(EndPoint endpoint) => endpoint is DnsEndPoint dns ? $"{dns.Host}:{dns.Port}" : endpoint.ToString() ?? "?";

    private static async Task<bool> AnswersPingAsync(EndPoint endpoint, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var socket = endpoint is UnixDomainSocketEndPoint
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(endpoint, deadline.Token);
            await socket.SendAsync(PingRequest, SocketFlags.None, deadline.Token);
            var buffer = new byte[64];
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}
