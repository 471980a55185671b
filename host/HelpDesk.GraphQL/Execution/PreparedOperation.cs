using System.Collections;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace HelpDesk.GraphQL.Execution;

/// <summary>
/// What an operation that already passed its rules still needs from each request, worked out once: its variables'
/// types, and the fields and directives whose arguments are parsed. Binding a request then reads the variables and
/// parses those arguments directly, where GraphQL.NET's validator walks the whole document twice to find them.
/// </summary>
/// <remarks>
/// Only the plain case is bound here: variables of scalar and enum types (also non-null and in lists), given or left
/// out without a default. Anything else – an input object, a default value, a value that does not parse, an argument
/// that fails – returns <see langword="null"/>, and the caller lets GraphQL.NET's own validator do it, errors included.
/// </remarks>
internal sealed class PreparedOperation
{
    private readonly PreparedVariable[] variables;
    private readonly (GraphQLField Field, QueryArguments? Arguments)[] fieldsWithArguments;
    private readonly IHasDirectivesNode[] nodesWithDirectives;

    private PreparedOperation(ISchema schema, PreparedVariable[]? variables, ArgumentSites? sites)
    {
        Schema = schema;
        IsBindable = variables is not null && sites is not null;
        this.variables = variables ?? [];
        fieldsWithArguments = sites is null ? [] : [.. sites.Fields];
        nodesWithDirectives = sites is null ? [] : [.. sites.Directives];
    }

    /// <summary>Gets the schema the operation was prepared against.</summary>
    public ISchema Schema { get; }

    /// <summary>Gets a value indicating whether requests can be bound here at all (no input objects, no defaults).</summary>
    public bool IsBindable { get; }

    /// <summary>Works out what the operation needs from each request.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The document that holds the operation.</param>
    /// <param name="operation">The operation.</param>
    /// <returns>The prepared operation; one that binds nothing when the operation could not be worked out.</returns>
    public static PreparedOperation Prepare(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        try
        {
            return new(schema, PrepareVariables(schema, document, operation), ArgumentSites.Find(schema, document, operation));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Binding is only a shortcut: whatever this could not work out, GraphQL.NET's validator does, errors included.
            return new(schema, null, null);
        }
    }

    /// <summary>Binds one request's variables and parses the operation's arguments with them.</summary>
    /// <param name="inputs">The request's variables.</param>
    /// <param name="document">The document.</param>
    /// <returns>The validation result, or <see langword="null"/> when GraphQL.NET's validator has to do it.</returns>
    public ValidationResult? TryBind(global::GraphQL.Inputs inputs, GraphQLDocument document)
    {
        if (!IsBindable || !TryReadVariables(inputs, out var values))
        {
            return null;
        }

        try
        {
            return new ValidationResult
            {
                Variables = values,
                ArgumentValues = ParseArguments(values, document),
                DirectiveValues = ParseDirectives(values, document),
            };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return null;
        }
    }

    private bool TryReadVariables(global::GraphQL.Inputs inputs, out Variables values)
    {
        values = Variables.None;
        if (variables.Length == 0)
        {
            return true;
        }

        values = new Variables();
        foreach (var prepared in variables)
        {
            var variable = new Variable(prepared.Name, prepared.Definition);
            if (inputs.TryGetValue(prepared.Name, out var input))
            {
                if (!TryParse(prepared.Type, input, out var parsed))
                {
                    return false;
                }

                variable.Value = parsed;
            }
            else if (prepared.Type is NonNullGraphType)
            {
                return false;
            }

            values.Add(variable);
        }

        return true;
    }

    // The value as GraphQL.NET parses a variable of a scalar or enum type, a non-null one or a list of them; false
    // wherever it would report an error.
    private static bool TryParse(IGraphType type, object? input, out object? parsed)
    {
        parsed = null;
        switch (type)
        {
            case NonNullGraphType nonNull:
                return input is not null && TryParse(nonNull.ResolvedType!, input, out parsed);
            case ListGraphType list:
                return input is null || TryParseList(list.ResolvedType!, input, out parsed);
            case ScalarGraphType scalar:
                try
                {
                    parsed = scalar.ParseValue(input);
                    return true;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    // A single value given for a list is a list of one, as the spec's input coercion says.
    private static bool TryParseList(IGraphType itemType, object input, out object? parsed)
    {
        parsed = null;
        if (input is not IEnumerable items || input is string || input is IDictionary<string, object?>)
        {
            if (!TryParse(itemType, input, out var single))
            {
                return false;
            }

            parsed = new[] { single };
            return true;
        }

        var values = new List<object?>(items is ICollection collection ? collection.Count : 0);
        foreach (var item in items)
        {
            if (!TryParse(itemType, item, out var value))
            {
                return false;
            }

            values.Add(value);
        }

        parsed = items is IList ? values.ToArray() : values;
        return true;
    }

    private Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? ParseArguments(Variables values, GraphQLDocument document)
    {
        Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>? parsed = null;
        foreach (var (field, arguments) in fieldsWithArguments)
        {
            if (ExecutionHelper.GetArguments(arguments, field.Arguments, values, document, field, null) is { } fieldArguments)
            {
                (parsed ??= []).Add(field, fieldArguments);
            }
        }

        return parsed;
    }

    private Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? ParseDirectives(Variables values, GraphQLDocument document)
    {
        Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>? parsed = null;
        foreach (var node in nodesWithDirectives)
        {
            if (ExecutionHelper.GetDirectives(node, values, Schema, document) is { } directives)
            {
                (parsed ??= []).Add((ASTNode)node, directives);
            }
        }

        return parsed;
    }

    // Null when a variable is of a type bound only by GraphQL.NET (an input object) or has a default value.
    private static PreparedVariable[]? PrepareVariables(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (operation.Variables is not { Count: > 0 } definitions)
        {
            return [];
        }

        // A nullable variable used where a non-null value is required must not be null either.
        var usages = new ValidationContext { Schema = schema, Document = document, Operation = operation }.GetRecursiveVariables(operation) ?? [];
        var prepared = new PreparedVariable[definitions.Count];
        for (var i = 0; i < prepared.Length; i++)
        {
            var definition = definitions.Items[i];
            if (definition.DefaultValue is not null || definition.Type.GraphTypeFromType(schema) is not { } type || !IsScalarShaped(type))
            {
                return null;
            }

            var name = definition.Variable.Name;
            if (type is not NonNullGraphType && usages.Exists(u => u.Node.Name == name && u.Type is NonNullGraphType))
            {
                type = new NonNullGraphType(type);
            }

            prepared[i] = new PreparedVariable(name.StringValue, definition, type);
        }

        return prepared;
    }

    private static bool IsScalarShaped(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => nonNull.ResolvedType is { } inner && IsScalarShaped(inner),
        ListGraphType list => list.ResolvedType is { } item && IsScalarShaped(item),
        _ => type is ScalarGraphType,
    };

    private sealed record PreparedVariable(string Name, GraphQLVariableDefinition Definition, IGraphType Type);
}
