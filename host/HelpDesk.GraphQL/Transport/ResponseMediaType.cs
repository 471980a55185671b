using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace HelpDesk.GraphQL.Transport;

/// <summary>Chooses the response media type from the Accept header, as GraphQL over HTTP asks.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>Returns the media type to answer with, or null when the client accepts neither.</summary>
    public static string? Choose(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }

        string? chosen = null;
        double best = 0;
        foreach (var value in accept)
        {
            var quality = value.Quality ?? 1;
            var candidate = Match(value);
            if (candidate is not null && (quality > best || (quality == best && candidate == GraphQLResponse && chosen != GraphQLResponse)))
            {
                (chosen, best) = (candidate, quality);
            }
        }

        return chosen;
    }

    private static string? Match(MediaTypeHeaderValue value)
    {
        if (value.Quality == 0)
        {
            return null;
        }

        var type = value.MediaType.Value ?? "";
        return type.ToLowerInvariant() switch
        {
            GraphQLResponse or "*/*" or "application/*" => GraphQLResponse,
            Json => Json,
            _ => null,
        };
    }
}
