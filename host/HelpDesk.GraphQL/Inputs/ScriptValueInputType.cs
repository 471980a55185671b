using GraphQL.Types;

namespace HelpDesk.GraphQL.Inputs;

/// <summary>One named placeholder value for a script.</summary>
internal sealed class ScriptValueInputType : InputObjectGraphType
{
    public ScriptValueInputType()
    {
        Name = "ScriptValueInput";
        Description = "A named value to fill a script placeholder with.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The placeholder's name, for example reason.");
        Field<NonNullGraphType<StringGraphType>>("value").Description("The text to fill in.");
    }

    public static IReadOnlyDictionary<string, string> ToDictionary(object? values) =>
        values is IEnumerable<object?> items
            ? items.OfType<IDictionary<string, object?>>()
                .Select(i => (Name: i["name"] as string ?? "", Value: i["value"] as string ?? ""))
                .GroupBy(i => i.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal)
            : new Dictionary<string, string>();
}
