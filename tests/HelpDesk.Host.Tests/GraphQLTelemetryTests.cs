using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace HelpDesk.Host.Tests;

/// <summary>GraphQL operations over HTTP are measured under the HelpDesk meter, by operation name and outcome.</summary>
public sealed class GraphQLTelemetryTests(HelpDeskHostFactory host) : IClassFixture<HelpDeskHostFactory>
{
    [Fact]
    public async Task Each_operation_records_its_duration_with_its_name_and_whether_it_failed()
    {
        var name = "Telemetry" + Guid.NewGuid().ToString("N")[..8];
        var seen = new ConcurrentBag<(string? Name, bool Errors)>();
        using var meters = new MeterListener { InstrumentPublished = (i, l) => { if (i.Name == "helpdesk.graphql.operation.duration") { l.EnableMeasurementEvents(i); } } };
        meters.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            string? operation = null;
            var errors = false;
            foreach (var tag in tags)
            {
                operation = tag.Key == "graphql.operation.name" ? tag.Value as string : operation;
                errors = tag.Key == "errors" ? (bool)tag.Value! : errors;
            }

            seen.Add((operation, errors));
        });
        meters.Start();

        await host.GraphQL().PostAsync($"query {name} {{ organization {{ name }} }}");
        var invalid = System.Text.Json.JsonSerializer.Serialize(new { query = $"query {name}Bad {{ nope }}", operationName = name + "Bad" });
        await host.GraphQL().SendAsync(HttpMethod.Post, "/graphql", new StringContent(invalid, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains((name, false), seen);
        Assert.Contains((name + "Bad", true), seen);
    }
}
