using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace HelpDesk.GraphQL.Execution;

/// <summary>
/// The places in an operation whose arguments GraphQL.NET parses before execution: the fields given arguments, with
/// the arguments their definitions declare, and every node that carries directives. Found by the same walk as
/// GraphQL.NET's own argument parser: the selected operation only, each fragment once, and each field looked up on the
/// type it is selected on.
/// </summary>
internal sealed class ArgumentSites
{
    private readonly ISchema schema;
    private readonly GraphQLDocument document;
    private readonly HashSet<ROM> visitedFragments = [];

    private ArgumentSites(ISchema schema, GraphQLDocument document)
    {
        this.schema = schema;
        this.document = document;
    }

    /// <summary>Gets the fields given arguments, in document order, with their definitions' arguments.</summary>
    public List<(GraphQLField Field, QueryArguments? Arguments)> Fields { get; } = [];

    /// <summary>Gets the nodes that carry directives, in document order.</summary>
    public List<IHasDirectivesNode> Directives { get; } = [];

    /// <summary>Finds the argument sites of one operation.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The document.</param>
    /// <param name="operation">The operation.</param>
    /// <returns>The sites.</returns>
    public static ArgumentSites Find(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var sites = new ArgumentSites(schema, document);
        sites.NoteDirectives(operation);
        foreach (var variable in operation.Variables?.Items ?? [])
        {
            sites.NoteDirectives(variable);
        }

        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => null,
        };
        if (root is not null)
        {
            sites.Walk(operation.SelectionSet, root);
        }

        return sites;
    }

    private void Walk(GraphQLSelectionSet? selectionSet, IComplexGraphType? parent)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            if (selection is IHasDirectivesNode withDirectives)
            {
                NoteDirectives(withDirectives);
            }

            switch (selection)
            {
                case GraphQLField field:
                    WalkField(field, parent);
                    break;
                case GraphQLInlineFragment inline:
                    WalkTyped(inline.TypeCondition, inline.SelectionSet, parent);
                    break;
                case GraphQLFragmentSpread spread when visitedFragments.Add(spread.FragmentName.Name.Value):
                    if (document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment)
                    {
                        NoteDirectives(fragment);
                        WalkTyped(fragment.TypeCondition, fragment.SelectionSet, parent);
                    }

                    break;
            }
        }
    }

    private void WalkField(GraphQLField field, IComplexGraphType? parent)
    {
        var definition = MetaField(field.Name.Value) ?? parent?.Fields.Find(field.Name.Value);
        if (definition is null)
        {
            return;
        }

        if (field.Arguments is { Count: > 0 })
        {
            Fields.Add((field, definition.Arguments));
        }

        switch (definition.ResolvedType?.GetNamedType())
        {
            case IComplexGraphType type:
                Walk(field.SelectionSet, type);
                break;
            case UnionGraphType:
                // A union has no fields of its own: what is selected on it directly is looked up where it was.
                Walk(field.SelectionSet, parent);
                break;
        }
    }

    // A fragment on an object or interface type selects on that type; one on a union, on the type it was spread in.
    private void WalkTyped(GraphQLTypeCondition? condition, GraphQLSelectionSet selectionSet, IComplexGraphType? parent)
    {
        if (condition is null)
        {
            Walk(selectionSet, parent);
            return;
        }

        switch (schema.AllTypes[condition.Type.Name.Value]?.GetNamedType())
        {
            case IComplexGraphType type:
                Walk(selectionSet, type);
                break;
            case IAbstractGraphType:
                Walk(selectionSet, parent);
                break;
        }
    }

    private FieldType? MetaField(ROM name) =>
        name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType
        : name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType
        : name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType
        : null;

    private void NoteDirectives(IHasDirectivesNode node)
    {
        if (node.Directives is { Count: > 0 })
        {
            Directives.Add(node);
        }
    }
}
