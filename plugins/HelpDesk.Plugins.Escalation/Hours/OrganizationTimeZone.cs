using HelpDesk.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Plugins.Escalation.Hours;

/// <summary>Finds the organisation's time zone; an id this machine does not know falls back to UTC, with a warning.</summary>
internal static partial class OrganizationTimeZone
{
    /// <summary>Finds the time zone with an IANA id.</summary>
    public static TimeZoneInfo Find(string? id, IPluginContext context)
    {
        if (string.IsNullOrWhiteSpace(id) || id == "UTC")
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        LogUnknownZone(context.Logger, id, context.OrganizationId);
        return TimeZoneInfo.Utc;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Time zone {TimeZone} of organisation {OrganizationId} is unknown; business hours are read in UTC.")]
    private static partial void LogUnknownZone(ILogger logger, string timeZone, string organizationId);
}
