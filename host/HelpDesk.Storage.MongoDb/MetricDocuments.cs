using System.Globalization;
using HelpDesk.Engine.Storage;
using MongoDB.Bson;

namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Reads rollup documents. A rollup's key fields are written by the upsert's filter; its sums by atomic operators.
/// Histogram bins are field names of the <c>histogram</c> sub-document, prefixed so they never read as array indexes.
/// </summary>
internal static class MetricDocuments
{
    private const string BinPrefix = "b";

    public static string BinKey(int bin) => BinPrefix + bin.ToString(CultureInfo.InvariantCulture);

    public static MetricRollup ToRollup(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var histogram = document.TryGetValue(MetricFields.Histogram, out var bins)
            ? bins.AsBsonDocument.ToDictionary(
                bin => int.Parse(bin.Name.AsSpan(BinPrefix.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                bin => bin.Value.ToInt64())
            : [];
        return new MetricRollup
        {
            Metric = document[MetricFields.Metric].AsString,
            Bucket = Enum.Parse<MetricBucket>(document[MetricFields.Bucket].AsString),
            Start = new DateTimeOffset(document[MetricFields.Start].ToUniversalTime(), TimeSpan.Zero),
            Dimension = document[MetricFields.Dimension].AsString,
            DimensionValue = document[MetricFields.DimensionValue].AsString,
            Count = document[MetricFields.Count].ToInt64(),
            Sum = document[MetricFields.Sum].ToDouble(),
            Denominator = document[MetricFields.Denominator].ToDouble(),
            Min = document[MetricFields.Min].ToDouble(),
            Max = document[MetricFields.Max].ToDouble(),
            Histogram = histogram,
        };
    }
}
