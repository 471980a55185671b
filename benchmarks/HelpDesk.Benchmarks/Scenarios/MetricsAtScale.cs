using System.Diagnostics;
using HelpDesk.Benchmarks.Setup;
using HelpDesk.Engine.Metrics;
using HelpDesk.Engine.Plugins;
using HelpDesk.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Benchmarks.Scenarios;

/// <summary>
/// Loads a year of ticket events into a fresh embedded store, lets the metric projection fold them into rollups, then
/// times the 30-day metrics query (every metric of the desk, by day) against a naive recompute from the events.
/// </summary>
internal static class MetricsAtScale
{
    private static readonly DateTimeOffset YearStart = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(Results results, int eventCount, string storeDirectory)
    {
        await MeasureFoldRateAsync(results, storeDirectory);
        await using var engine = await EngineHost.StartAsync(
            Path.Combine(storeDirectory, "million"), replace: services => services.AddSingleton<IPluginDataStore, InMemoryPluginDataStore>());
        var services = engine.Services;
        var organizationId = EngineHost.OrganizationId;
        var generator = new TicketHistoryGenerator(organizationId, YearStart);
        var ticketCount = eventCount / TicketHistoryGenerator.EventsPerTicket;

        var clock = Stopwatch.StartNew();
        var store = services.GetRequiredService<ITicketStore>();
        await LoadAsync(store, generator, ticketCount);

        results.Write("metrics.events", ticketCount * TicketHistoryGenerator.EventsPerTicket);
        results.Write("metrics.load_seconds", clock.Elapsed.TotalSeconds);
        Console.WriteLine($"Loaded {ticketCount} tickets in {clock.Elapsed.TotalSeconds:0.0} s; folding into rollups...");

        clock.Restart();
        await services.GetRequiredService<MetricProjector>().CatchUpAsync(organizationId, CancellationToken.None);
        results.Write("metrics.fold_seconds_memory_plugin_store", clock.Elapsed.TotalSeconds);

        var to = generator.YearEnd;
        var query = new MetricsQuery { From = to.AddDays(-30), To = to, Bucket = MetricBucket.Day };
        var metrics = services.GetRequiredService<MetricsService>();
        var timings = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            clock.Restart();
            var answer = await metrics.QueryAsync(organizationId, query, CancellationToken.None);
            timings.Add(clock.Elapsed.TotalMilliseconds);
            if (answer.Value is not { Count: > 0 })
            {
                throw new InvalidOperationException("The metrics query answered nothing.");
            }
        }

        results.Write("metrics.query_first_ms", timings[0]);
        timings.RemoveAt(0);
        timings.Sort();
        results.Write("metrics.query_median_ms", timings[timings.Count / 2]);
        results.Write("metrics.query_max_ms", timings[^1]);

        var naive = new NaiveMetricsRecompute(services.GetRequiredService<IEventLog>(), store, services.GetRequiredService<DeskPlugins>());
        var zone = await OrganizationTimeZone.FindAsync(services.GetRequiredService<IOrganizationStore>(), organizationId, CancellationToken.None);
        clock.Restart();
        await naive.RunAsync(organizationId, zone, query.From, query.To);
        results.Write("metrics.naive_ms", clock.Elapsed.TotalMilliseconds);
    }

    /// <summary>The projection's rate with the plugin store on the embedded store, as the host runs it, on a smaller log.</summary>
    private static async Task MeasureFoldRateAsync(Results results, string storeDirectory)
    {
        const int Tickets = 4000;
        await using var engine = await EngineHost.StartAsync(Path.Combine(storeDirectory, "fold-rate"));
        await LoadAsync(engine.Services.GetRequiredService<ITicketStore>(), new TicketHistoryGenerator(EngineHost.OrganizationId, YearStart), Tickets);
        var clock = Stopwatch.StartNew();
        await engine.Services.GetRequiredService<MetricProjector>().CatchUpAsync(EngineHost.OrganizationId, CancellationToken.None);
        results.Write("metrics.fold_rate_per_second", Tickets * TicketHistoryGenerator.EventsPerTicket / clock.Elapsed.TotalSeconds);
    }

    private static async Task LoadAsync(ITicketStore store, TicketHistoryGenerator generator, long ticketCount)
    {
        for (long number = 1; number <= ticketCount; number++)
        {
            var (ticket, events) = generator.Next(number, ticketCount);
            await store.InsertAsync(ticket, null, events, CancellationToken.None);
        }
    }
}
