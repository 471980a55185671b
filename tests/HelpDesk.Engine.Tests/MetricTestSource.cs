using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Metrics;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

/// <summary>A small metric plugin: tickets opened (per agent), resolution time, and resolution rate against tickets opened.</summary>
internal sealed class MetricTestSource : IMetricSource
{
    public const string Opened = "opened";
    public const string ResolutionTime = "resolution-time";
    public const string ResolutionRate = "resolution-rate";

    public IReadOnlyList<MetricDefinition> Definitions { get; } =
    [
        new() { Name = Opened, Description = "Tickets opened.", Unit = MetricUnit.Count, Aggregation = MetricAggregation.Sum },
        new() { Name = ResolutionTime, Description = "Opened to resolved.", Unit = MetricUnit.Seconds, Aggregation = MetricAggregation.Distribution },
        new() { Name = ResolutionRate, Description = "Resolved per opened.", Unit = MetricUnit.Ratio, Aggregation = MetricAggregation.Average },
    ];

    public int Calls { get; private set; }

    public ValueTask<IReadOnlyList<MetricObservation>> ObserveAsync(MetricRequest request, IPluginContext context, CancellationToken cancellationToken)
    {
        Calls++;
        var at = request.Event.OccurredAt;
        var agent = new Dictionary<string, string> { ["agent"] = request.Event.ActorId ?? "nobody" };
        IReadOnlyList<MetricObservation> observations = request.Event switch
        {
            TicketOpened =>
            [
                new() { Metric = Opened, Value = 1, At = at, Breakdown = agent },
                new() { Metric = ResolutionRate, Value = 0, At = at },
            ],
            TicketResolved when request.Ticket is { } ticket =>
            [
                new() { Metric = ResolutionTime, Value = (at - ticket.CreatedAt).TotalSeconds, At = at },
                new() { Metric = ResolutionRate, Value = 1, Denominator = 0, At = at },
                new() { Metric = "undeclared", Value = 1, At = at },
            ],
            _ => [],
        };
        return ValueTask.FromResult(observations);
    }
}
