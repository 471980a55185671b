using HelpDesk.Engine.Access;
using Microsoft.AspNetCore.Http;

namespace HelpDesk.GraphQL.Transport;

/// <summary>Decides who an HTTP request or a WebSocket connection acts for; null refuses it as unauthenticated.</summary>
internal interface ICallerResolver
{
    /// <summary>Resolves the caller.</summary>
    /// <param name="context">The HTTP request (for WebSockets, the upgrade request).</param>
    /// <param name="connectionPayload">The <c>connection_init</c> payload of a WebSocket connection; null for HTTP.</param>
    /// <returns>The caller, or null when the request names no known caller.</returns>
    Task<Caller?> ResolveAsync(HttpContext context, IReadOnlyDictionary<string, object?>? connectionPayload);
}
