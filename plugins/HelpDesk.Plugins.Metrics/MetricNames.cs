namespace HelpDesk.Plugins.Metrics;

/// <summary>The names of the metrics this plugin produces.</summary>
internal static class MetricNames
{
    /// <summary>Tickets opened.</summary>
    public const string TicketsOpened = "tickets-opened";

    /// <summary>Resolutions.</summary>
    public const string ResolvedCount = "resolved-count";

    /// <summary>Seconds from opening to resolution.</summary>
    public const string ResolutionTime = "resolution-time";

    /// <summary>Seconds from opening to the first agent reply.</summary>
    public const string FirstResponseTime = "first-response-time";

    /// <summary>Share of resolutions reached in the first interaction.</summary>
    public const string FirstContactResolution = "first-contact-resolution";

    /// <summary>Tickets resolved for the first time against tickets opened.</summary>
    public const string ResolutionRate = "resolution-rate";

    /// <summary>Transfers to another team or agent.</summary>
    public const string TransferCount = "transfer-count";

    /// <summary>Agent replies per resolved ticket.</summary>
    public const string RepliesPerTicket = "replies-per-ticket";

    /// <summary>Handling time per resolved ticket, by service type.</summary>
    public const string Productivity = "productivity";

    /// <summary>Contacts with a second ticket against contacts with a first ticket.</summary>
    public const string RepeatContactRate = "repeat-contact-rate";

    /// <summary>Share of satisfied CSAT answers; also the CSAT question's id.</summary>
    public const string Csat = "csat";

    /// <summary>Net promoter score; also the NPS question's id.</summary>
    public const string Nps = "nps";

    /// <summary>Share of NPS answers of 2 or lower.</summary>
    public const string NegativeResponseRate = "negative-response-rate";

    /// <summary>Seconds a caller spent on hold, per hold.</summary>
    public const string HoldTime = "hold-time";

    /// <summary>Share of promises to callers kept on time among those that came due.</summary>
    public const string PromisesKept = "promises-kept";
}
