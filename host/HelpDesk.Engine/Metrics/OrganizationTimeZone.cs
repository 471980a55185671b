using HelpDesk.Engine.Storage;

namespace HelpDesk.Engine.Metrics;

/// <summary>Finds the time zone an organisation's days and weeks are counted in.</summary>
public static class OrganizationTimeZone
{
    /// <summary>Finds the organisation's time zone.</summary>
    /// <param name="organizations">The organisation store.</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The zone; UTC when the organisation is unknown or names a zone this machine does not know.</returns>
    public static async Task<TimeZoneInfo> FindAsync(IOrganizationStore organizations, string organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var organization = await organizations.FindAsync(organizationId, cancellationToken);
        return organization is not null && TimeZoneInfo.TryFindSystemTimeZoneById(organization.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
