using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Xunit;

namespace HelpDesk.Storage.Contract;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset NineAm = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Metric_deltas_add_up_and_move_the_checkpoint_with_them()
    {
        Assert.Equal(0, await Store.MetricRollups.GetCheckpointAsync(OrgA, Ct));

        await Store.MetricRollups.ApplyAsync(OrgA, [Rollup("resolved-count", 2, sum: 2), Rollup("first-response-time", 1, sum: 90, bins: (5, 1))], 0, 12, Ct);
        await Store.MetricRollups.ApplyAsync(OrgA, [Rollup("first-response-time", 2, sum: 30, min: 10, max: 20, bins: (5, 1)), Rollup("first-response-time", 1, sum: 7, bins: (2, 1))], 12, 20, Ct);

        Assert.Equal(20, await Store.MetricRollups.GetCheckpointAsync(OrgA, Ct));
        var read = await Store.MetricRollups.ReadAsync(OrgA, Window(["first-response-time", "resolved-count"]), Ct);
        Assert.Equal(["first-response-time", "resolved-count"], read.Select(r => r.Metric));
        var response = read[0];
        Assert.Equal((4L, 127.0, 4.0, 7.0, 90.0), (response.Count, response.Sum, response.Denominator, response.Min, response.Max));
        Assert.Equal(new Dictionary<int, long> { [2] = 1, [5] = 2 }, response.Histogram);
        Assert.Equal(NineAm, response.Start);
    }

    [Fact]
    public async Task A_projector_that_lost_the_race_writes_nothing()
    {
        await Store.MetricRollups.ApplyAsync(OrgA, [Rollup("resolved-count", 1, sum: 1)], 0, 5, Ct);

        await Assert.ThrowsAsync<CheckpointMovedException>(() => Store.MetricRollups.ApplyAsync(OrgA, [Rollup("resolved-count", 1, sum: 1)], 0, 9, Ct));
        await Assert.ThrowsAsync<CheckpointMovedException>(() => Store.MetricRollups.ApplyAsync(OrgA, [Rollup("resolved-count", 1, sum: 1)], 3, 9, Ct));

        Assert.Equal(5, await Store.MetricRollups.GetCheckpointAsync(OrgA, Ct));
        Assert.Equal(1, Assert.Single(await Store.MetricRollups.ReadAsync(OrgA, Window(["resolved-count"]), Ct)).Sum);
    }

    [Fact]
    public async Task Metric_reads_stay_in_their_organisation_window_bucket_and_dimension()
    {
        await Store.MetricRollups.ApplyAsync(OrgA,
        [
            Rollup("nps", 1, sum: 100),
            Rollup("nps", 1, sum: -100) with { Dimension = "agent", DimensionValue = "ann" },
            Rollup("nps", 1, sum: 100) with { Dimension = "agent", DimensionValue = "bob" },
            Rollup("nps", 1, sum: 100) with { Start = NineAm.AddHours(1) },
            Rollup("nps", 1, sum: 100) with { Bucket = MetricBucket.Day, Start = new DateTimeOffset(NineAm.Date, TimeSpan.Zero) },
        ], 0, 3, Ct);
        await Store.MetricRollups.ApplyAsync(OrgB, [Rollup("nps", 1, sum: -100)], 0, 1, Ct);

        var totals = await Store.MetricRollups.ReadAsync(OrgA, Window(["nps"]) with { To = NineAm.AddHours(1) }, Ct);
        var perAgent = await Store.MetricRollups.ReadAsync(OrgA, Window(["nps"]) with { Dimension = "agent" }, Ct);

        Assert.Equal(100, Assert.Single(totals).Sum);
        Assert.Equal(["ann", "bob"], perAgent.Select(r => r.DimensionValue));
        Assert.Equal(-100, Assert.Single(await Store.MetricRollups.ReadAsync(OrgB, Window(["nps"]), Ct)).Sum);
        Assert.Empty(await Store.MetricRollups.ReadAsync(OrgA, Window(["csat"]), Ct));
    }

    [Fact]
    public async Task Resetting_metrics_clears_one_organisation_and_survives_a_reopen()
    {
        await Store.MetricRollups.ApplyAsync(OrgA, [Rollup("nps", 1, sum: 100)], 0, 4, Ct);
        await Store.MetricRollups.ApplyAsync(OrgB, [Rollup("nps", 1, sum: 100)], 0, 6, Ct);

        await Store.MetricRollups.ResetAsync(OrgA, Ct);
        await ReopenAsync();

        Assert.Equal(0, await Store.MetricRollups.GetCheckpointAsync(OrgA, Ct));
        Assert.Empty(await Store.MetricRollups.ReadAsync(OrgA, Window(["nps"]), Ct));
        Assert.Equal(6, await Store.MetricRollups.GetCheckpointAsync(OrgB, Ct));
        await Store.MetricRollups.ApplyAsync(OrgA, [Rollup("nps", 1, sum: -100)], 0, 2, Ct);
        Assert.Equal(-100, Assert.Single(await Store.MetricRollups.ReadAsync(OrgA, Window(["nps"]), Ct)).Sum);
    }

    [Fact]
    public async Task Organisation_ids_are_listed_a_page_at_a_time()
    {
        foreach (var id in new[] { "org-c", OrgA, OrgB })
        {
            await Store.Organizations.UpsertAsync(new Organization { Id = id, Name = id }, Ct);
        }

        Assert.Equal([OrgA, OrgB], await Store.Organizations.ListIdsAsync(null, 2, Ct));
        Assert.Equal(["org-c"], await Store.Organizations.ListIdsAsync(OrgB, 2, Ct));
        Assert.Empty(await Store.Organizations.ListIdsAsync("org-c", 2, Ct));
    }

    private static MetricRollupQuery Window(IReadOnlyList<string> metrics) =>
        new() { Metrics = metrics, Bucket = MetricBucket.Hour, From = NineAm.AddDays(-1), To = NineAm.AddDays(1) };

    private static MetricRollup Rollup(string metric, long count, double sum, double? min = null, double? max = null, params (int Bin, long Count)[] bins) => new()
    {
        Metric = metric,
        Bucket = MetricBucket.Hour,
        Start = NineAm,
        Count = count,
        Sum = sum,
        Denominator = count,
        Min = min ?? sum / count,
        Max = max ?? sum / count,
        Histogram = bins.ToDictionary(b => b.Bin, b => b.Count),
    };
}
