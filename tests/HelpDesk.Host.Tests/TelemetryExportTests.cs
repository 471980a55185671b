using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using HelpDesk.Testing;

namespace HelpDesk.Host.Tests;

/// <summary>
/// The host configured to export OpenTelemetry over OTLP/HTTP to a collector (here a listener that keeps what it is
/// sent): the spans of a GraphQL operation and its store calls, and the store-call metric, arrive.
/// </summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task Traces_and_metrics_of_operations_and_store_calls_reach_the_configured_otlp_collector()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.Combine("plugins"));
        using var collector = new OtlpCollector();
        await using var host = await HostProcess.StartAsync(
            directory.Combine("helpdesk.db"),
            directory.Combine("plugins"),
            ["--HelpDesk:Telemetry:Exporter", "otlp", "--HelpDesk:Telemetry:OtlpProtocol", "http", "--HelpDesk:Telemetry:OtlpEndpoint", collector.Address.ToString()],
            new Dictionary<string, string> { ["OTEL_BSP_SCHEDULE_DELAY"] = "100", ["OTEL_METRIC_EXPORT_INTERVAL"] = "300" });

        var ticket = await host.GraphQL().OpenTicketAsync("Traced");

        Assert.NotEqual(0, ticket.GetProperty("number").GetInt32());
        await collector.WaitForAsync("/v1/traces", "graphql.operation");
        await collector.WaitForAsync("/v1/traces", "store.call SqliteTicketStore.");
        await collector.WaitForAsync("/v1/metrics", "helpdesk.store.call.duration");
        await collector.WaitForAsync("/v1/metrics", "helpdesk.graphql.operation.duration");
    }

    [Fact]
    public async Task An_unknown_exporter_stops_the_host_with_the_setting_named()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.Combine("plugins"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            HostProcess.StartAsync(directory.Combine("helpdesk.db"), directory.Combine("plugins"), ["--HelpDesk:Telemetry:Exporter", "zipkin"]));

        Assert.Contains("HelpDesk:Telemetry:Exporter must be one of none, console, otlp; it is 'zipkin'.", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Accepts OTLP/HTTP exports and keeps each body by path; protobuf keeps names as plain UTF-8, so they can be searched.</summary>
    private sealed class OtlpCollector : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly ConcurrentQueue<(string Path, string Body)> received = new();

        public OtlpCollector()
        {
            Address = new Uri($"http://127.0.0.1:{FreePort()}/");
            listener.Prefixes.Add(Address.ToString());
            listener.Start();
            _ = AcceptAsync();
        }

        public Uri Address { get; }

        public Task WaitForAsync(string path, string text) =>
            Eventually.FoundAsync(
                () => received.FirstOrDefault(r => r.Path == path && r.Body.Contains(text, StringComparison.Ordinal)).Body,
                20,
                () => $"Nothing sent to {path} mentions '{text}'; received {received.Count} exports at {string.Join(", ", received.Select(r => r.Path).Distinct())}.");

        public void Dispose() => listener.Close();

        private async Task AcceptAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                received.Enqueue((context.Request.Url!.AbsolutePath, Encoding.UTF8.GetString(body.ToArray())));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
    }
}
