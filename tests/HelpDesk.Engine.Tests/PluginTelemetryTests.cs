using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Telemetry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Tests;

/// <summary>Plugin calls produce spans and measurements a telemetry exporter would receive: duration, failures and time-outs by plugin.</summary>
public sealed class PluginTelemetryTests
{
    [Fact]
    public async Task Calls_record_a_span_and_a_duration_and_failures_are_counted_by_outcome()
    {
        var pluginId = "acme.telemetry." + Guid.NewGuid().ToString("N")[..8];
        var spans = new ConcurrentBag<Activity>();
        var measurements = new ConcurrentBag<(string Instrument, string? Plugin, string? Outcome)>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HelpDeskTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(activities);
        using var meters = new MeterListener { InstrumentPublished = (instrument, listener) => { if (instrument.Meter.Name == HelpDeskTelemetry.Name) { listener.EnableMeasurementEvents(instrument); } } };
        meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => measurements.Add(Measurement(instrument, tags)));
        meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measurements.Add(Measurement(instrument, tags)));
        meters.Start();
        var invoker = new PluginInvoker(Options.Create(new HelpDeskOptions { PluginCallTimeout = TimeSpan.FromMilliseconds(100) }), NullLogger<PluginInvoker>.Instance);
        var component = new ActiveComponent<object>(pluginId, new object(), null!);
        var ct = TestContext.Current.CancellationToken;

        await invoker.InvokeAsync(component, (_, _) => ValueTask.FromResult(1), ct);
        await invoker.InvokeAsync<object, int>(component, (_, _) => throw new InvalidOperationException("broken"), ct);
        await invoker.InvokeAsync(component, (_, _) => new ValueTask<int>(new TaskCompletionSource<int>().Task), ct);

        var ours = measurements.Where(m => m.Plugin == pluginId).ToList();
        Assert.Equal(["error", "ok", "timeout"], ours.Where(m => m.Instrument == "helpdesk.plugin.call.duration").Select(m => m.Outcome!).Order());
        Assert.Equal(["error", "timeout"], ours.Where(m => m.Instrument == "helpdesk.plugin.call.failures").Select(m => m.Outcome!).Order());
        var ourSpans = spans.Where(s => (string?)s.GetTagItem("helpdesk.plugin.id") == pluginId).ToList();
        Assert.Equal(3, ourSpans.Count);
        Assert.Equal(2, ourSpans.Count(s => s.Status == ActivityStatusCode.Error));
    }

    [Fact]
    public async Task The_calls_span_is_current_inside_the_plugin_and_a_child_of_the_callers_while_the_caller_keeps_its_own()
    {
        var pluginId = "acme.span." + Guid.NewGuid().ToString("N")[..8];
        using var requests = new ActivitySource("acme.requests");
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is HelpDeskTelemetry.Name or "acme.requests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(activities);
        var invoker = new PluginInvoker(Options.Create(new HelpDeskOptions()), NullLogger<PluginInvoker>.Instance);
        var answer = new TaskCompletionSource<Activity?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var request = requests.StartActivity("request")!;

        var call = invoker.InvokeAsync(new ActiveComponent<object>(pluginId, new object(), null!), (_, _) => new ValueTask<Activity?>(answer.Task), TestContext.Current.CancellationToken);
        var currentWhileTheCallRuns = Activity.Current;
        answer.SetResult(null);
        await call;

        Assert.Same(request, currentWhileTheCallRuns);
        var inside = await invoker.InvokeAsync(new ActiveComponent<object>(pluginId, new object(), null!), (_, _) => ValueTask.FromResult(Activity.Current), TestContext.Current.CancellationToken);
        Assert.Equal("plugin.call Object", inside.Value?.OperationName);
        Assert.Same(request, inside.Value?.Parent);
        Assert.Same(request, Activity.Current);
    }

    private static (string, string?, string?) Measurement(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? plugin = null, outcome = null;
        foreach (var tag in tags)
        {
            plugin = tag.Key == "helpdesk.plugin.id" ? tag.Value as string : plugin;
            outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
        }

        return (instrument.Name, plugin, outcome);
    }
}
