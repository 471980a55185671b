using HelpDesk.Engine.Access;
using Microsoft.AspNetCore.Http;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// Authenticates with an API key: <c>Authorization: Bearer hd_…</c> or <c>X-Api-Key: hd_…</c> on HTTP, and on a
/// WebSocket the <c>apiKey</c> (or <c>Authorization</c>) of the <c>connection_init</c> payload.
/// </summary>
internal sealed class ApiKeyCallerResolver(ApiKeyService keys) : ICallerResolver
{
    public const string ApiKeyHeader = "X-Api-Key";

    public Task<Caller?> ResolveAsync(HttpContext context, IReadOnlyDictionary<string, object?>? connectionPayload)
    {
        var key = connectionPayload is not null ? FromPayload(connectionPayload) : FromHeaders(context.Request.Headers);
        return keys.AuthenticateAsync(key, context.RequestAborted);
    }

    private static string? FromHeaders(IHeaderDictionary headers)
    {
        var authorization = headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : headers[ApiKeyHeader].ToString().Trim();
    }

    private static string? FromPayload(IReadOnlyDictionary<string, object?> payload)
    {
        if (payload.GetValueOrDefault("apiKey") is string key)
        {
            return key;
        }

        var authorization = payload.GetValueOrDefault("Authorization") as string ?? payload.GetValueOrDefault("authorization") as string;
        return authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }
}
