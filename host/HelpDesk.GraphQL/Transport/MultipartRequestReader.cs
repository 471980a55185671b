using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// Reads a GraphQL request sent as <c>multipart/form-data</c> by the multipart request convention: an <c>operations</c>
/// part holding the JSON request, a <c>map</c> part naming for each file part the variables it fills
/// (<c>{"0": ["variables.input.archive"]}</c>), and the file parts. Files count against
/// <see cref="GraphQLApiOptions.MaxUploadBytes"/>, the other parts against <see cref="GraphQLApiOptions.MaxRequestBytes"/>.
/// </summary>
internal sealed class MultipartRequestReader(IGraphQLTextSerializer serializer)
{
    public static bool IsMultipart(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    public async Task<(GraphQLRequest? Request, TransportError? Error)> ReadAsync(HttpRequest request, GraphQLApiOptions options)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = (long)options.MaxUploadBytes + options.MaxRequestBytes;
        }

        IFormCollection form;
        try
        {
            var limits = new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes, ValueLengthLimit = options.MaxRequestBytes, ValueCountLimit = 16 };
            form = await new FormFeature(request, limits).ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException e)
        {
            return (null, e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? new TransportError(StatusCodes.Status413PayloadTooLarge, $"The multipart request is larger than allowed (files: {options.MaxUploadBytes} bytes, other parts: {options.MaxRequestBytes} bytes).")
                : BadRequest($"The multipart body cannot be read: {e.Message}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, new TransportError(StatusCodes.Status413PayloadTooLarge, $"The multipart request is larger than the {options.MaxUploadBytes} bytes allowed for files."));
        }

        if (form.Files.Sum(f => f.Length) > options.MaxUploadBytes)
        {
            return (null, new TransportError(StatusCodes.Status413PayloadTooLarge, $"The files are larger than the {options.MaxUploadBytes} bytes allowed."));
        }

        return await ParseAsync(form);
    }

    private async Task<(GraphQLRequest?, TransportError?)> ParseAsync(IFormCollection form)
    {
        if (!form.TryGetValue("operations", out var operations) || string.IsNullOrWhiteSpace(operations))
        {
            return (null, BadRequest("The multipart request has no 'operations' part holding the JSON request."));
        }

        if (operations.ToString().TrimStart().StartsWith('['))
        {
            return (null, BadRequest("Batched requests are not accepted; send one operation per request."));
        }

        GraphQLRequest? parsed;
        Dictionary<string, string[]>? map;
        try
        {
            parsed = serializer.Deserialize<GraphQLRequest>(operations.ToString());
            map = form.TryGetValue("map", out var mapText) ? JsonSerializer.Deserialize<Dictionary<string, string[]>>(mapText.ToString()) : [];
        }
        catch (JsonException e)
        {
            return (null, BadRequest($"The 'operations' or 'map' part is not valid JSON of the expected shape: {e.Message.Split(" Path:")[0]}"));
        }

        if (parsed is null || string.IsNullOrWhiteSpace(parsed.Query))
        {
            return (null, BadRequest("The 'operations' part has no 'query'."));
        }

        var variables = parsed.Variables?.ToDictionary() ?? [];
        foreach (var (key, paths) in map ?? [])
        {
            if (form.Files.GetFile(key) is not { } file)
            {
                return (null, BadRequest($"The 'map' entry '{key}' names no file part of the request."));
            }

            var upload = new UploadedFile(file.FileName, file.ContentType ?? "application/octet-stream", await ReadAsync(file));
            foreach (var path in paths ?? [])
            {
                if (VariablePath.Set(variables, path, upload) is { } problem)
                {
                    return (null, BadRequest($"The 'map' path '{path}' of file '{key}' {problem}."));
                }
            }
        }

        return (new GraphQLRequest { Query = parsed.Query, OperationName = parsed.OperationName, Variables = new global::GraphQL.Inputs(variables), Extensions = parsed.Extensions }, null);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadAsync(IFormFile file)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await using var content = file.OpenReadStream();
        await content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static TransportError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
