namespace HelpDesk.Engine.Storage;

/// <summary>The length of the time buckets metrics are rolled up into.</summary>
public enum MetricBucket
{
    /// <summary>One hour, starting on the hour (UTC).</summary>
    Hour,

    /// <summary>One calendar day in the organisation's time zone.</summary>
    Day,

    /// <summary>One week from Monday in the organisation's time zone.</summary>
    Week,
}
