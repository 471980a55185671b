using System.Text.Json;
using System.Text.Unicode;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// Reads a GraphQL request from GET query parameters, a JSON POST body or a multipart POST with files, refusing what the
/// spec refuses.
/// </summary>
internal sealed class GraphQLRequestReader(ResponseSerializer serializer, MultipartRequestReader multipart)
{
    // A body of unknown length starts in a buffer this large and grows as it comes.
    private const int FirstBufferBytes = 4096;

    // However large a body says it is, memory is taken as its bytes arrive beyond this.
    private const int LargestFirstBuffer = 64 * 1024;

    public async Task<(GraphQLRequest? Request, TransportError? Error)> ReadAsync(HttpRequest request, GraphQLApiOptions options)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadQueryString(request.Query);
        }

        if (MultipartRequestReader.IsMultipart(request.ContentType))
        {
            return await multipart.ReadAsync(request, options);
        }

        if (!IsJson(request.ContentType))
        {
            return (null, new TransportError(StatusCodes.Status415UnsupportedMediaType,
                $"Send the request as Content-Type application/json, or multipart/form-data with files (got '{request.ContentType ?? "none"}')."));
        }

        var maxBytes = options.MaxRequestBytes;

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        // Read into pooled memory, sized by the declared length when there is one (+1 so the end is seen without
        // growing) but not trusted with more than a modest first array; a body is refused as soon as it passes the
        // limit, whatever it declared.
        var first = request.ContentLength is { } length and > 0 ? (int)Math.Min(length + 1, LargestFirstBuffer) : FirstBufferBytes;
        using var body = new PooledBufferWriter(first, maxBytes + 1);
        int read;
        while ((read = await request.Body.ReadAsync(body.GetMemory(), request.HttpContext.RequestAborted)) > 0)
        {
            body.Advance(read);
            if (body.WrittenCount > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }
        }

        return Parse(body.WrittenSpan);
    }

    private (GraphQLRequest?, TransportError?) Parse(ReadOnlySpan<byte> json)
    {
        var body = json.TrimStart(" \t\r\n"u8);
        if (body.Length > 0 && body[0] == (byte)'[')
        {
            return (null, BadRequest("Batched requests are not accepted; send one operation per request."));
        }

        try
        {
            var parsed = serializer.Read<GraphQLRequest>(body);
            return parsed is null ? (null, BadRequest("The body must be a JSON object with a 'query'.")) : Check(parsed);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, BadRequest(Utf8.IsValid(body)
                ? $"The body is not a valid GraphQL request: {FirstSentence(e.Message)}"
                : "The body is not valid UTF-8; send the JSON encoded as UTF-8."));
        }
    }

    private (GraphQLRequest?, TransportError?) ReadQueryString(IQueryCollection query)
    {
        try
        {
            var request = new GraphQLRequest
            {
                Query = query["query"].ToString(),
                OperationName = query.TryGetValue("operationName", out var name) ? name.ToString() : null,
                Variables = query.TryGetValue("variables", out var variables) ? serializer.Deserialize<global::GraphQL.Inputs>(variables.ToString()) : null,
                Extensions = query.TryGetValue("extensions", out var extensions) ? serializer.Deserialize<global::GraphQL.Inputs>(extensions.ToString()) : null,
            };
            return Check(request);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, BadRequest($"The 'variables' or 'extensions' parameter is not a valid JSON object: {FirstSentence(e.Message)}"));
        }
    }

    private static (GraphQLRequest?, TransportError?) Check(GraphQLRequest request) =>
        string.IsNullOrWhiteSpace(request.Query)
            ? (null, BadRequest("The request has no 'query'."))
            : (request, null);

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static TransportError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    private static TransportError TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {maxBytes} bytes allowed.");

    private static string FirstSentence(string message) => message.Split(" Path:")[0].Split(". ")[0].TrimEnd('.') + ".";
}
