using HelpDesk.Engine;
using HelpDesk.Engine.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// Finds the organisation a request acts for: the <c>X-HelpDesk-Organization</c> header, or the default
/// organisation. Requests naming an unknown organisation are refused.
/// </summary>
internal sealed class OrganizationResolver(IOrganizationStore organizations, IOptions<HelpDeskOptions> options)
{
    public const string Header = "X-HelpDesk-Organization";

    public async Task<string?> ResolveAsync(HttpContext context)
    {
        var requested = context.Request.Headers[Header].ToString();
        var organizationId = string.IsNullOrWhiteSpace(requested) ? options.Value.DefaultOrganization.Id : requested.Trim();
        return organizationId.Length <= 64 && await organizations.FindAsync(organizationId, context.RequestAborted) is not null
            ? organizationId
            : null;
    }
}
