using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;

namespace HelpDesk.GraphQL.Transport;

/// <summary>
/// GraphQL.NET's serializer, with the settings the host configures, that can also write an answer in one piece (the
/// body is serialized into pooled memory first, so it goes out with its length, not chunked, and nothing is sent when
/// serializing fails half-way) and read a request straight from its UTF-8 bytes.
/// </summary>
/// <param name="options">The serializer settings configured for GraphQL.</param>
/// <param name="errorInfoProvider">Shapes the errors in answers.</param>
internal sealed class ResponseSerializer(JsonSerializerOptions options, IErrorInfoProvider errorInfoProvider)
    : GraphQLSerializer(options, errorInfoProvider)
{
    private const int FirstAnswerBytes = 1024;

    // The writer settings the serializer itself uses when it writes to a stream.
    private JsonWriterOptions WriterOptions => new()
    {
        Encoder = SerializerOptions.Encoder,
        Indented = SerializerOptions.WriteIndented,
        IndentCharacter = SerializerOptions.IndentCharacter,
        IndentSize = SerializerOptions.IndentSize,
        NewLine = SerializerOptions.NewLine,
        MaxDepth = SerializerOptions.MaxDepth == 0 ? 64 : SerializerOptions.MaxDepth,
        SkipValidation = true,
    };

    /// <summary>Reads a value from UTF-8 JSON, as <see cref="GraphQLSerializer.Deserialize{T}(string?)"/> reads it from text.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="json">The JSON.</param>
    /// <returns>The value, or <see langword="null"/> for JSON <c>null</c>.</returns>
    public T? Read<T>(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<T>(json, SerializerOptions);

    /// <summary>Writes a value as the whole body of a response.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="response">The response; its status and content type are already set.</param>
    /// <param name="value">The value, usually an execution result.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the body is written.</returns>
    public async Task WriteBodyAsync<T>(HttpResponse response, T value, CancellationToken cancellationToken)
    {
        using var body = new PooledBufferWriter(FirstAnswerBytes);
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, SerializerOptions);
        }

        response.ContentLength = body.WrittenCount;
        await response.Body.WriteAsync(body.WrittenMemory, cancellationToken);
    }
}
