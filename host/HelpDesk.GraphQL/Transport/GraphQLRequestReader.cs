using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// Reads a GraphQL request from GET query parameters, a JSON POST body or a multipart POST with files, refusing what the
/// spec refuses.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, MultipartRequestReader multipart)
{
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

        var body = request.BodyReader;
        ReadResult read;
        while (true)
        {
            read = await body.ReadAsync(request.HttpContext.RequestAborted);
            if (read.Buffer.Length > maxBytes)
            {
                body.AdvanceTo(read.Buffer.End);
                return (null, TooLarge(maxBytes));
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                break;
            }

            // Nothing consumed yet: the whole body is wanted in one piece.
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        try
        {
            return Parse(read.Buffer);
        }
        finally
        {
            body.AdvanceTo(read.Buffer.End);
        }
    }

    private (GraphQLRequest?, TransportError?) Parse(ReadOnlySequence<byte> body)
    {
        if (FirstNonWhiteSpace(body) == (byte)'[')
        {
            return (null, BadRequest("Batched requests are not accepted; send one operation per request."));
        }

        try
        {
            var parsed = serializer.Deserialize<GraphQLRequest>(Encoding.UTF8.GetString(body));
            return parsed is null ? (null, BadRequest("The body must be a JSON object with a 'query'.")) : Check(parsed);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, BadRequest($"The body is not a valid GraphQL request: {FirstSentence(e.Message)}"));
        }
    }

    private static byte? FirstNonWhiteSpace(ReadOnlySequence<byte> body)
    {
        foreach (var segment in body)
        {
            var rest = segment.Span.TrimStart(" \t\r\n"u8);
            if (!rest.IsEmpty)
            {
                return rest[0];
            }
        }

        return null;
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

    private static bool IsJson(string? contentType)
    {
        var mediaType = contentType.AsSpan();
        var parameters = mediaType.IndexOf(';');
        return contentType is not null
            && (parameters < 0 ? mediaType : mediaType[..parameters]).Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }

    private static TransportError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    private static TransportError TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {maxBytes} bytes allowed.");

    private static string FirstSentence(string message) => message.Split(" Path:")[0].Split(". ")[0].TrimEnd('.') + ".";
}
