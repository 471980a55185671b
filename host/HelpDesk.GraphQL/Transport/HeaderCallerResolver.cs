using HelpDesk.Engine;
using HelpDesk.Engine.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// Acts for the organisation named in the <c>X-HelpDesk-Organization</c> header (or, on a WebSocket,
/// the <c>organizationId</c> of the <c>connection_init</c> payload), else the default organisation.
/// Requests naming an unknown organisation are refused.
/// </summary>
internal sealed class HeaderCallerResolver(IOrganizationStore organizations, IOptions<HelpDeskOptions> options) : ICallerResolver
{
    public const string Header = "X-HelpDesk-Organization";

    public async Task<Caller?> ResolveAsync(HttpContext context, IReadOnlyDictionary<string, object?>? connectionPayload)
    {
        var requested = connectionPayload?.GetValueOrDefault("organizationId") as string;
        if (string.IsNullOrWhiteSpace(requested))
        {
            requested = context.Request.Headers[Header].ToString();
        }

        var organizationId = string.IsNullOrWhiteSpace(requested) ? options.Value.DefaultOrganization.Id : requested.Trim();
        return organizationId.Length <= 64 && await organizations.FindAsync(organizationId, context.RequestAborted) is not null
            ? new Caller(organizationId)
            : null;
    }
}
