namespace HelpDesk.Plugins.Metrics;

/// <summary>The names of the metrics this plugin produces.</summary>
internal static class MetricNames
{
    public const string TicketsOpened = "tickets-opened";
    public const string ResolvedCount = "resolved-count";
    public const string ResolutionTime = "resolution-time";
    public const string FirstResponseTime = "first-response-time";
    public const string FirstContactResolution = "first-contact-resolution";
    public const string TransferCount = "transfer-count";
    public const string Csat = "csat";
    public const string Nps = "nps";
}
