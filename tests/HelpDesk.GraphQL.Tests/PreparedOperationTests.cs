using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using HelpDesk.GraphQL.Execution;
using HelpDesk.GraphQL.Schema;
using GraphQLInputs = GraphQL.Inputs;

namespace HelpDesk.GraphQL.Tests;

public sealed class PreparedOperationTests
{
    private const string TicketQuery = "query($id: ID!) { ticket(id: $id) { id number subject status priority tags { name } } }";

    public static TheoryData<string, string> BindableRequests => new()
    {
        { TicketQuery, """{ "id": "VGlja2V0OjE=" }""" },
        {
            "query($ids: [ID!]!, $withSubject: Boolean!) { nodes(ids: $ids) { id ... on Ticket { number subject @include(if: $withSubject) } ...Status } } fragment Status on Ticket { status tags { name } }",
            """{ "ids": ["VGlja2V0OjE=", "VGlja2V0OjI="], "withSubject": true }"""
        },
        { "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", """{ "ids": "VGlja2V0OjE=" }""" },
        { "query($name: String!) { __type(name: $name) { name fields { name args { name } } } __typename }", """{ "name": "Ticket" }""" },
        { "query($first: Int, $after: String) { tickets(first: $first, after: $after) { nodes { id } pageInfo { hasNextPage } } }", """{ "after": null }""" },
        { "query($status: [TicketStatus!]) { tickets(first: 5, filter: { status: $status }) { nodes { id ...F ...F } } } fragment F on Ticket { status }", """{ "status": ["NEW", "OPEN"] }""" },
        { "query($status: [TicketStatus!]) { tickets(first: 5, filter: { status: $status }) { nodes { id } } }", """{ "status": "PENDING" }""" },
        { "query($skip: Boolean!) { plugins @skip(if: $skip) { id } organization { id } }", """{ "skip": false }""" },
        {
            "query($withStatus: Boolean!) { tickets(first: 5) { nodes { id ...Status @include(if: $withStatus) ... on Ticket @skip(if: $withStatus) { subject } } } } fragment Status on Ticket { status }",
            """{ "withStatus": true }"""
        },
        { "{ tickets(first: 3) { totalCount } }", "{}" },
    };

    [Theory]
    [MemberData(nameof(BindableRequests))]
    public async Task A_prepared_operation_binds_a_request_exactly_as_GraphQL_NET_validates_it(string query, string variablesJson)
    {
        await using var api = new ApiServices();
        var (schema, document, operation, inputs) = Parse(api, query, variablesJson);

        var standard = await new DocumentValidator().ValidateAsync(Options(schema, document, operation, inputs));
        var bound = PreparedOperation.Prepare(schema, document, operation).TryBind(inputs, document);

        Assert.True(standard.IsValid);
        Assert.NotNull(bound);
        AssertSameVariables(standard.Variables ?? Variables.None, bound.Variables!);
        AssertSameArguments(standard.ArgumentValues, bound.ArgumentValues);
        AssertSameNodes(standard.DirectiveValues?.Keys, bound.DirectiveValues?.Keys);
        foreach (var (node, directives) in standard.DirectiveValues ?? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>())
        {
            var other = bound.DirectiveValues![node];
            Assert.Equal(directives.Keys.Order(), other.Keys.Order());
            foreach (var (name, info) in directives)
            {
                Assert.Same(info.Directive, other[name].Directive);
                AssertSameValues(info.Arguments, other[name].Arguments);
            }
        }
    }

    public static TheoryData<string, string> RequestsLeftToGraphQLNet => new()
    {
        { TicketQuery, """{ "id": null }""" },
        { TicketQuery, "{}" },
        { "query($first: Int) { tickets(first: $first) { totalCount } }", """{ "first": "many" }""" },
        { "query($first: Int = 5) { tickets(first: $first) { totalCount } }", "{}" },
        { "query($filter: TicketFilter) { tickets(first: 5, filter: $filter) { totalCount } }", """{ "filter": { "status": ["NEW"] } }""" },
        { "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", """{ "ids": ["VGlja2V0OjE=", null] }""" },
    };

    [Theory]
    [MemberData(nameof(RequestsLeftToGraphQLNet))]
    public async Task A_request_a_prepared_operation_cannot_bind_as_GraphQL_NET_would_is_left_to_GraphQL_NET(string query, string variablesJson)
    {
        await using var api = new ApiServices();
        var (schema, document, operation, inputs) = Parse(api, query, variablesJson);

        Assert.Null(PreparedOperation.Prepare(schema, document, operation).TryBind(inputs, document));
    }

    [Fact]
    public void An_operation_that_cannot_be_worked_out_binds_nothing_instead_of_failing_the_request()
    {
        var document = GraphQLParser.Parser.Parse(TicketQuery);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();

        var prepared = PreparedOperation.Prepare(BrokenSchema.Create(), document, operation);

        Assert.False(prepared.IsBindable);
        Assert.Null(prepared.TryBind(new GraphQLInputs(new Dictionary<string, object?> { ["id"] = "VGlja2V0OjE=" }), document));
    }

    [Fact]
    public async Task A_repeated_request_is_bound_from_its_prepared_operation_and_answers_the_same()
    {
        await using var api = new ApiServices();
        var validator = api.Get<PreparedOperationValidator>();
        var id = await OpenTicketAsync(api);
        var inputs = new GraphQLInputs(new Dictionary<string, object?> { ["id"] = id });

        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(Serialize(api, await api.ExecuteAsync(TicketQuery, inputs)));
        }

        // The first request is validated in full, the second passes the per-request rules, the third needs neither.
        Assert.Equal(1, validator.Bound);
        Assert.Contains("Cannot log in", answers[0], StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    [Fact]
    public async Task A_bad_variable_after_a_bound_request_gets_GraphQL_NETs_own_error()
    {
        await using var api = new ApiServices();
        var validator = api.Get<PreparedOperationValidator>();
        var good = new GraphQLInputs(new Dictionary<string, object?> { ["id"] = "VGlja2V0OjE=" });
        for (var i = 0; i < 3; i++)
        {
            await api.ExecuteAsync(TicketQuery, good);
        }

        var refused = await api.ExecuteAsync(TicketQuery, new GraphQLInputs(new Dictionary<string, object?> { ["id"] = null }));

        Assert.Equal(1, validator.Bound);
        Assert.False(refused.Executed);
        Assert.Equal("Variable '$id' is invalid. Received a null input for a non-null variable.", refused.Errors![0].Message);
    }

    private static (HelpDeskSchema Schema, GraphQLDocument Document, GraphQLOperationDefinition Operation, GraphQLInputs Inputs) Parse(ApiServices api, string query, string variablesJson)
    {
        var schema = api.Get<HelpDeskSchema>();
        schema.Initialize();
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var inputs = api.Get<IGraphQLTextSerializer>().Deserialize<GraphQLInputs>(variablesJson) ?? GraphQLInputs.Empty;
        return (schema, document, operation, inputs);
    }

    private static ValidationOptions Options(HelpDeskSchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, GraphQLInputs inputs) => new()
    {
        Schema = schema,
        Document = document,
        Operation = operation,
        Rules = [],
        Variables = inputs,
        Extensions = GraphQLInputs.Empty,
        UserContext = new Dictionary<string, object?>(),
    };

    private static async Task<string> OpenTicketAsync(ApiServices api)
    {
        var opened = await api.ExecuteAsync("""mutation { openTicket(input: { subject: "Cannot log in: password expired", priority: HIGH }) { ticket { id } } }""");
        var data = (IDictionary<string, object?>)((ExecutionNode)opened.Data!).ToValue()!;
        return (string)((IDictionary<string, object?>)((IDictionary<string, object?>)data["openTicket"]!)["ticket"]!)["id"]!;
    }

    private static string Serialize(ApiServices api, ExecutionResult result) => api.Get<IGraphQLTextSerializer>().Serialize(result);

    private static void AssertSameVariables(Variables expected, Variables actual)
    {
        Assert.Equal(expected.Count(), actual.Count());
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.Name, got.Name);
            Assert.Same(want.Definition, got.Definition);
            Assert.Equal(want.ValueSpecified, got.ValueSpecified);
            Assert.Equal(want.IsDefault, got.IsDefault);
            AssertSameValue(want.Value, got.Value);
        }
    }

    private static void AssertSameArguments(
        IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? expected,
        IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? actual)
    {
        AssertSameNodes(expected?.Keys, actual?.Keys);
        foreach (var (field, arguments) in expected ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>())
        {
            AssertSameValues(arguments, actual![field]);
        }
    }

    private static void AssertSameValues(IDictionary<string, ArgumentValue> expected, IDictionary<string, ArgumentValue> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (name, value) in expected)
        {
            Assert.Equal(value.Source, actual[name].Source);
            AssertSameValue(value.Value, actual[name].Value);
        }
    }

    private static void AssertSameValue(object? expected, object? actual)
    {
        switch (expected)
        {
            case IDictionary<string, object?> fields:
                var other = Assert.IsAssignableFrom<IDictionary<string, object?>>(actual);
                Assert.Equal(fields.Keys.Order(), other.Keys.Order());
                foreach (var (key, value) in fields)
                {
                    AssertSameValue(value, other[key]);
                }

                break;
            case IEnumerable items and not string:
                Assert.Equal(expected.GetType(), actual?.GetType());
                var list = items.Cast<object?>().ToList();
                var otherList = ((IEnumerable)actual!).Cast<object?>().ToList();
                Assert.Equal(list.Count, otherList.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSameValue(list[i], otherList[i]);
                }

                break;
            default:
                Assert.Equal(expected, actual);
                break;
        }
    }

    /// <summary>A schema that fails whatever is asked of it.</summary>
    public class BrokenSchema : System.Reflection.DispatchProxy
    {
        public static global::GraphQL.Types.ISchema Create() => Create<global::GraphQL.Types.ISchema, BrokenSchema>();

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException("The schema is broken.");
    }

    // The same AST nodes, which compare as instances.
    private static void AssertSameNodes(IEnumerable<ASTNode>? expected, IEnumerable<ASTNode>? actual)
    {
        var (want, got) = (expected?.ToList() ?? [], actual?.ToList() ?? []);
        Assert.Equal(want.Count, got.Count);
        Assert.All(want, node => Assert.Contains(node, got));
    }
}
