using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Transport;
using HelpDesk.GraphQL.Transport.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP at a path (GET and POST; other methods get 405), and over WebSocket
    /// (<c>graphql-transport-ws</c>) at the same path when <c>UseWebSockets</c> is in the pipeline.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The path, <c>/graphql</c> by default.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapHelpDeskGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, (HttpContext context) => CorrelationId.RunAsync(context, () => context.WebSockets.IsWebSocketRequest
            ? context.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(context)
            : context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context)));
    }
}
