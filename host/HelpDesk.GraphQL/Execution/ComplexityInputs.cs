using GraphQLParser.AST;

namespace HelpDesk.GraphQL.Execution;

/// <summary>
/// Tells whether a document's complexity count can depend on its variables' values: a variable given to a
/// <c>first</c> or <c>last</c> argument (list sizes), a nullable one given to <c>id</c> (whether a list field counts as
/// one item depends on the argument being there) or any variable given to a directive (<c>@skip</c> and
/// <c>@include</c> decide which fields count). Other variables feed only the resolvers, never the count.
/// </summary>
internal static class ComplexityInputs
{
    /// <summary>Looks through every operation and fragment of a document.</summary>
    /// <param name="document">The parsed document.</param>
    /// <returns><see langword="true"/> when a variable can change the document's complexity.</returns>
    public static bool DependOnVariables(GraphQLDocument document)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();

        // A variable declared non-null in every operation always has a value, so an id argument is always there.
        var alwaysGiven = operations
            .SelectMany(operation => operation.Variables?.Items ?? [])
            .GroupBy(variable => variable.Variable.Name.StringValue, StringComparer.Ordinal)
            .Where(declared => declared.All(variable => variable.Type is GraphQLNonNullType) && declared.Count() == operations.Count)
            .Select(declared => declared.Key)
            .ToHashSet(StringComparer.Ordinal);
        var walk = new Walk(alwaysGiven);
        return document.Definitions.Any(definition => definition switch
        {
            GraphQLOperationDefinition operation => walk.InDirectives(operation.Directives) || walk.InSelections(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => walk.InDirectives(fragment.Directives) || walk.InSelections(fragment.SelectionSet),
            _ => false,
        });
    }

    private sealed class Walk(HashSet<string> alwaysGiven)
    {
        public bool InSelections(GraphQLSelectionSet? selections) =>
            selections is not null && selections.Selections.Any(selection => selection switch
            {
                GraphQLField field => InDirectives(field.Directives) || InCountedArguments(field.Arguments) || InSelections(field.SelectionSet),
                GraphQLInlineFragment inline => InDirectives(inline.Directives) || InSelections(inline.SelectionSet),
                GraphQLFragmentSpread spread => InDirectives(spread.Directives),
                _ => true,
            });

        public bool InDirectives(GraphQLDirectives? directives) =>
            directives is not null && directives.Items.Any(directive => directive.Arguments?.Items.Any(argument => HasVariable(argument.Value, _ => true)) == true);

        private bool InCountedArguments(GraphQLArguments? arguments) =>
            arguments is not null && arguments.Items.Any(argument =>
                argument.Name == "first" || argument.Name == "last" ? HasVariable(argument.Value, _ => true)
                : argument.Name == "id" && HasVariable(argument.Value, name => !alwaysGiven.Contains(name)));

        private static bool HasVariable(GraphQLValue value, Func<string, bool> counts) => value switch
        {
            GraphQLVariable variable => counts(variable.Name.StringValue),
            GraphQLListValue list => list.Values?.Any(item => HasVariable(item, counts)) == true,
            GraphQLObjectValue inputObject => inputObject.Fields?.Any(field => HasVariable(field.Value, counts)) == true,
            _ => false,
        };
    }
}
