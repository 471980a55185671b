using HelpDesk.Engine.Storage;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>What the store sends for metric rollups: atomic increments, a window read that an index serves, and exact read-back.</summary>
public sealed class MetricRenderingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_delta_is_added_with_atomic_operators_and_histogram_bins_as_named_fields()
    {
        var delta = new MetricRollup
        {
            Metric = "first-response-time", Bucket = MetricBucket.Day, Start = Monday, Count = 2, Sum = 300, Denominator = 2, Min = 100, Max = 200,
            Histogram = new Dictionary<int, long> { [-3] = 1, [42] = 1 },
        };

        Assert.Equal(
            BsonDocument.Parse(
                """
                { $inc: { count: NumberLong(2), sum: 300.0, denominator: 2.0, 'histogram.b-3': NumberLong(1), 'histogram.b42': NumberLong(1) },
                  $min: { min: 100.0 }, $max: { max: 200.0 } }
                """),
            Rendered.Of(MetricFilters.AddDelta(delta)));
    }

    [Fact]
    public void A_window_read_follows_the_unique_index_order_and_compares_bucket_starts_as_instants()
    {
        var query = new MetricRollupQuery { Metrics = ["nps", "csat"], Bucket = MetricBucket.Week, From = Monday, To = Monday.AddDays(28), Dimension = "agent" };

        Assert.Equal(
            BsonDocument.Parse(
                """
                { organizationId: 'org-a', metric: { $in: ['nps', 'csat'] }, bucket: 'Week', dimension: 'agent',
                  start: { $gte: ISODate('2026-03-01T23:00:00Z'), $lt: ISODate('2026-03-29T23:00:00Z') } }
                """),
            Rendered.Of(MetricFilters.Rollups("org-a", query)));
    }

    [Fact]
    public void A_stored_rollup_reads_back_exactly()
    {
        var document = BsonDocument.Parse(
            """
            { organizationId: 'org-a', metric: 'nps', bucket: 'Hour', dimension: 'agent', dimensionValue: 'ann', start: ISODate('2026-03-02T09:00:00Z'),
              count: NumberLong(3), sum: 100.0, denominator: 3.0, min: -100.0, max: 100.0, histogram: { 'b-2': NumberLong(1), b7: NumberLong(2) } }
            """);

        var rollup = MetricDocuments.ToRollup(document);

        Assert.Equal(("nps", MetricBucket.Hour, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "agent", "ann"), rollup.Key);
        Assert.Equal((3L, 100.0, 3.0, -100.0, 100.0), (rollup.Count, rollup.Sum, rollup.Denominator, rollup.Min, rollup.Max));
        Assert.Equal(new Dictionary<int, long> { [-2] = 1, [7] = 2 }, rollup.Histogram);
    }
}
