namespace HelpDesk.Storage.MongoDb;

/// <summary>The field names of metric rollup and checkpoint documents.</summary>
internal static class MetricFields
{
    public const string Metric = "metric";
    public const string Bucket = "bucket";
    public const string Start = "start";
    public const string Dimension = "dimension";
    public const string DimensionValue = "dimensionValue";
    public const string Count = "count";
    public const string Sum = "sum";
    public const string Denominator = "denominator";
    public const string Min = "min";
    public const string Max = "max";
    public const string Histogram = "histogram";
}
