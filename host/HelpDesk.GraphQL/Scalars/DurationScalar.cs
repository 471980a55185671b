using System.Xml;
using GraphQL.Types;
using GraphQLParser.AST;

namespace HelpDesk.GraphQL.Scalars;

/// <summary>The <c>Duration</c> scalar: an ISO 8601 duration such as <c>PT35S</c>, for <see cref="TimeSpan"/> values.</summary>
internal sealed class DurationScalar : ScalarGraphType
{
    public DurationScalar()
    {
        Name = "Duration";
        Description = "A length of time in ISO 8601, for example PT35S (35 seconds) or PT1M20.5S.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        TimeSpan span => XmlConvert.ToString(span),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        TimeSpan span => span,
        string text => Parse(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse((string)text.Value),
        _ => ThrowLiteralConversionError(value),
    };

    private static TimeSpan Parse(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw new FormatException($"'{text}' is not an ISO 8601 duration such as PT35S.");
        }
    }
}
