using HelpDesk.Engine.Metrics;
using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Tests;

public sealed class MetricBucketTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void A_day_around_the_spring_clock_change_is_23_hours_long_in_the_organisation_zone()
    {
        var sundayMorning = new DateTimeOffset(2026, 3, 29, 9, 0, 0, TimeSpan.FromHours(2));

        var start = MetricBuckets.StartOf(sundayMorning, MetricBucket.Day, Amsterdam);
        var next = MetricBuckets.Next(start, MetricBucket.Day, Amsterdam);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(1)), start);
        Assert.Equal(TimeSpan.FromHours(23), next - start);
    }

    [Fact]
    public void A_week_starts_on_the_local_monday_and_an_hour_on_the_utc_hour()
    {
        var sundayNight = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(1)), MetricBuckets.StartOf(sundayNight, MetricBucket.Week, Amsterdam));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 22, 0, 0, TimeSpan.Zero), MetricBuckets.StartOf(sundayNight, MetricBucket.Hour, Amsterdam));
    }

    [Fact]
    public void Percentiles_read_from_the_histogram_are_within_a_few_percent_of_the_exact_ones()
    {
        var values = Enumerable.Range(1, 1000).Select(i => i * 3.7).ToList();
        var histogram = values.GroupBy(MetricHistogram.BinOf).ToDictionary(g => g.Key, g => (long)g.Count());

        var median = MetricHistogram.Percentile(histogram, 0.5, values.Min(), values.Max())!.Value;
        var p90 = MetricHistogram.Percentile(histogram, 0.9, values.Min(), values.Max())!.Value;

        Assert.InRange(median / values[499], 0.975, 1.025);
        Assert.InRange(p90 / values[899], 0.975, 1.025);
        Assert.Null(MetricHistogram.Percentile(new Dictionary<int, long>(), 0.5, 0, 0));
        Assert.Equal(0, MetricHistogram.ValueOf(MetricHistogram.BinOf(0)));
    }
}
