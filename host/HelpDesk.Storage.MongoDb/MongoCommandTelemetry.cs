using System.Diagnostics;
using HelpDesk.Engine.Telemetry;
using MongoDB.Driver.Core.Configuration;
using MongoDB.Driver.Core.Events;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Feeds the driver's command events into <see cref="HelpDeskTelemetry.StoreCallDuration"/> (store <c>mongodb</c>,
/// operation = the command's name). Spans come from the driver itself, on its own activity source <c>MongoDB.Driver</c>.
/// </summary>
internal static class MongoCommandTelemetry
{
    public static void Subscribe(ClusterBuilder cluster) =>
        cluster
            .Subscribe<CommandSucceededEvent>(e => Record(e.CommandName, e.Duration, "ok"))
            .Subscribe<CommandFailedEvent>(e => Record(e.CommandName, e.Duration, "error"));

    public static void Record(string commandName, TimeSpan duration, string outcome)
    {
        if (HelpDeskTelemetry.StoreCallDuration.Enabled)
        {
            HelpDeskTelemetry.StoreCallDuration.Record(
                duration.TotalMilliseconds,
                new TagList { { "helpdesk.store", "mongodb" }, { "operation", commandName }, { "outcome", outcome } });
        }
    }
}
