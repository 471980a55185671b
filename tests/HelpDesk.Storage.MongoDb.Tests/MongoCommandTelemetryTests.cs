using System.Diagnostics.Metrics;
using HelpDesk.Engine.Telemetry;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>The MongoDB store's commands reported in the same store-call metric as the embedded store's calls.</summary>
public sealed class MongoCommandTelemetryTests
{
    [Fact]
    public void A_finished_command_is_recorded_as_a_mongodb_store_call_with_its_name_and_outcome()
    {
        var seen = new List<(double Milliseconds, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == HelpDeskTelemetry.Name && instrument.Name == "helpdesk.store.call.duration")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var named = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
            if (named.GetValueOrDefault("operation") as string == "findAndModify-test")
            {
                seen.Add((value, named));
            }
        });
        listener.Start();

        MongoCommandTelemetry.Record("findAndModify-test", TimeSpan.FromMilliseconds(4.5), "error");

        var (milliseconds, recorded) = Assert.Single(seen);
        Assert.Equal(4.5, milliseconds);
        Assert.Equal("mongodb", recorded["helpdesk.store"]);
        Assert.Equal("error", recorded["outcome"]);
    }

    [Fact]
    public void The_client_settings_subscribe_to_command_events()
    {
        var settings = MongoClientSettingsFactory.Create(new MongoStoreOptions { ConnectionString = "mongodb://localhost/?replicaSet=rs0" });

        Assert.NotNull(settings.ClusterConfigurator);
    }
}
