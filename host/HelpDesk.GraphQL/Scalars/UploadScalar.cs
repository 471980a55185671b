using GraphQL.Types;
using GraphQLParser.AST;
using HelpDesk.GraphQL.Transport;

namespace HelpDesk.GraphQL.Scalars;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request convention: a file part of a <c>multipart/form-data</c>
/// request, mapped onto a variable. It never comes from the query text or from JSON variables.
/// </summary>
internal sealed class UploadScalar : ScalarGraphType
{
    private const string Hint = "an Upload is a file sent as a part of a multipart/form-data request and mapped onto a variable (see the README)";

    public UploadScalar()
    {
        Name = "Upload";
        Description = "A file sent as a part of a multipart/form-data GraphQL request, named in its 'map' field.";
    }

    public override object? Serialize(object? value) => ThrowSerializationError(value);

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        UploadedFile file => file,
        _ => throw new FormatException($"Expected a file: {Hint}."),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        _ => throw new FormatException($"A file cannot be written into the query: {Hint}."),
    };
}
