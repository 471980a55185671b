namespace HelpDesk.GraphQL.Transport;

/// <summary>A file part of a multipart GraphQL request, read into memory within <c>HelpDesk:GraphQL:MaxUploadBytes</c>.</summary>
/// <param name="FileName">The file name the client gave.</param>
/// <param name="ContentType">The part's content type.</param>
/// <param name="Content">The file's bytes.</param>
internal sealed record UploadedFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
