using HelpDesk.Engine.Metrics;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests;

public sealed class MetricsServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_fold_the_event_log_into_counts_rates_and_percentiles_per_day()
    {
        await using var engine = await StartAsync();
        var first = await OpenAsync(engine, "agent-1");
        var second = await OpenAsync(engine, "agent-2");
        await OpenAsync(engine, "agent-1");
        engine.Clock.Advance(TimeSpan.FromMinutes(30));
        await ResolveAsync(engine, first);
        engine.Clock.Advance(TimeSpan.FromMinutes(90));
        await ResolveAsync(engine, second);

        var series = await QueryAsync(engine, new MetricsQuery { From = Today, To = Today.AddDays(2) });

        var opened = Single(series, MetricTestSource.Opened);
        Assert.Equal([3.0, 0.0], opened.Points.Select(p => p.Value));
        Assert.Equal(3, opened.Total.Value);
        var rate = Single(series, MetricTestSource.ResolutionRate);
        Assert.Equal(2.0 / 3, rate.Total.Value!.Value, 6);
        var time = Single(series, MetricTestSource.ResolutionTime).Total;
        Assert.Equal((1800 + 7200) / 2.0, time.Value);
        Assert.InRange(time.P90!.Value, 7200 * 0.97, 7200);
        Assert.InRange(time.Median!.Value, 1800, 1800 * 1.03);
    }

    [Fact]
    public async Task A_breakdown_gives_a_series_per_dimension_value_besides_the_total()
    {
        await using var engine = await StartAsync();
        await OpenAsync(engine, "agent-1");
        await OpenAsync(engine, "agent-2");
        await OpenAsync(engine, "agent-1");

        var series = await QueryAsync(engine, new MetricsQuery { Names = [MetricTestSource.Opened], From = Today, To = Today.AddDays(1), BreakdownBy = "agent" });

        Assert.Equal([(null, 3.0), ("agent-1", 2.0), ("agent-2", 1.0)], series.Select(s => (s.DimensionValue, s.Total.Value!.Value)));
    }

    [Fact]
    public async Task Asking_again_folds_only_what_is_new_and_a_rebuild_gives_the_same_answer()
    {
        var source = new MetricTestSource();
        await using var engine = await StartAsync(source);
        await OpenAsync(engine, "agent-1");
        var query = new MetricsQuery { Names = [MetricTestSource.Opened], From = Today, To = Today.AddDays(1), Bucket = MetricBucket.Hour };
        await QueryAsync(engine, query);
        await OpenAsync(engine, "agent-1");

        var again = await QueryAsync(engine, query);
        var callsBeforeRebuild = source.Calls;
        await engine.Get<MetricProjector>().RebuildAsync(EngineHarness.OrganizationId, Cancel);
        var rebuilt = await QueryAsync(engine, query);

        Assert.Equal(2, again[0].Total.Value);
        Assert.Equal(2, callsBeforeRebuild);
        Assert.Equal(2, rebuilt[0].Total.Value);
        Assert.Equal(again[0].Points.Select(p => p.Value), rebuilt[0].Points.Select(p => p.Value));
        Assert.Equal(24, rebuilt[0].Points.Count);
    }

    [Fact]
    public async Task Bad_arguments_are_refused_naming_the_argument()
    {
        await using var engine = await StartAsync();
        var service = engine.Get<MetricsService>();

        var unknown = await service.QueryAsync(EngineHarness.OrganizationId, new MetricsQuery { Names = ["nps"], From = Today, To = Today.AddDays(1) }, Cancel);
        var backwards = await service.QueryAsync(EngineHarness.OrganizationId, new MetricsQuery { From = Today, To = Today }, Cancel);
        var tooMany = await service.QueryAsync(EngineHarness.OrganizationId, new MetricsQuery { From = Today, To = Today.AddYears(1), Bucket = MetricBucket.Hour }, Cancel);

        Assert.Equal(["names"], Assert.Single(unknown.Errors).Field);
        Assert.Equal(HelpDesk.Engine.Errors.UserErrorCode.NotFound, unknown.Errors[0].Code);
        Assert.Contains("opened", unknown.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(["to"], Assert.Single(backwards.Errors).Field);
        Assert.Equal(["bucket"], Assert.Single(tooMany.Errors).Field);
    }

    [Fact]
    public async Task Days_follow_the_organisation_time_zone()
    {
        await using var engine = await StartAsync();
        await engine.Get<IOrganizationStore>().UpsertAsync(new Organization { Id = EngineHarness.OrganizationId, Name = "Acme", TimeZone = "Pacific/Auckland" }, Cancel);
        engine.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.Zero)); // 23:30 in Auckland (UTC+13)
        await OpenAsync(engine, "agent-1");
        engine.Clock.Advance(TimeSpan.FromHours(1)); // 00:30 the next day there
        await OpenAsync(engine, "agent-1");

        var series = await QueryAsync(engine, new MetricsQuery { Names = [MetricTestSource.Opened], From = Today, To = Today.AddDays(2) });

        var points = series[0].Points;
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(13)), points[0].Start);
        Assert.Equal([1.0, 1.0], points.Take(2).Select(p => p.Value));
    }

    private static DateTimeOffset Today => new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static Task<EngineHarness> StartAsync(MetricTestSource? source = null) =>
        EngineHarness.StartAsync(("metrics", PluginKinds.Metrics, source ?? new MetricTestSource()));

    private static MetricSeries Single(IReadOnlyList<MetricSeries> series, string name) => Assert.Single(series, s => s.Definition.Name == name);

    private static async Task<IReadOnlyList<MetricSeries>> QueryAsync(EngineHarness engine, MetricsQuery query)
    {
        var result = await engine.Get<MetricsService>().QueryAsync(EngineHarness.OrganizationId, query, Cancel);
        Assert.Empty(result.Errors);
        return result.Value!;
    }

    private static async Task<Ticket> OpenAsync(EngineHarness engine, string actor) =>
        (await engine.Get<TicketService>().OpenAsync(EngineHarness.OrganizationId, new OpenTicketCommand { Subject = "Printer jams", ActorId = actor }, Cancel)).Value!;

    private static async Task ResolveAsync(EngineHarness engine, Ticket ticket) =>
        Assert.Empty((await engine.Get<TicketLifecycle>().ResolveAsync(EngineHarness.OrganizationId, ticket.Id, null, true, "agent-1", Cancel)).Errors);
}
