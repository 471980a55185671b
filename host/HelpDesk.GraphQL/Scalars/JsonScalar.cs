using System.Text.Json;
using GraphQL.Types;

namespace HelpDesk.GraphQL.Scalars;

/// <summary>The <c>JSON</c> scalar, used only for plugin settings (validated against the plugin's declared settings).</summary>
internal sealed class JsonScalar : ScalarGraphType
{
    public JsonScalar()
    {
        Name = "JSON";
        Description = "A JSON value; used only for plugin settings, which are checked against the settings the plugin declares.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string json => JsonDocument.Parse(json).RootElement.Clone(),
        _ => value,
    };

    public override object? ParseValue(object? value) => value;

    public override object? ParseLiteral(GraphQLParser.AST.GraphQLValue value) => value switch
    {
        GraphQLParser.AST.GraphQLNullValue => null,
        _ => throw new InvalidOperationException("Pass plugin settings as a variable, not as an inline literal."),
    };
}
