using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.Options;

namespace HelpDesk.Engine.Organizations;

/// <summary>Creates the configured default organisation at first start, so a fresh host answers at once.</summary>
internal sealed class DefaultOrganizationSeeder(IOrganizationStore organizations, IOptions<HelpDeskOptions> options)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = options.Value.DefaultOrganization;
        if (await organizations.FindAsync(seed.Id, cancellationToken) is null)
        {
            await organizations.UpsertAsync(new Organization { Id = seed.Id, Name = seed.Name, TimeZone = seed.TimeZone }, cancellationToken);
        }
    }
}
