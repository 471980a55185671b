namespace HelpDesk.GraphQL.Tests;

public sealed class LimitTests
{
    [Fact]
    public async Task A_query_nested_deeper_than_allowed_is_refused_before_it_runs()
    {
        await using var api = new ApiServices(new Dictionary<string, string?> { ["HelpDesk:GraphQL:MaxDepth"] = "3" });

        var result = await api.ExecuteAsync("{ tickets { edges { node { tags { name } } } } }");

        var error = Assert.Single(result.Errors!);
        Assert.False(result.Executed);
        Assert.Equal("QUERY_TOO_COMPLEX", new HelpDesk.GraphQL.Errors.HelpDeskErrorInfoProvider().GetInfo(error).Extensions!["code"]);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        await using var api = new ApiServices(new Dictionary<string, string?> { ["HelpDesk:GraphQL:EnableIntrospection"] = "false" });

        var result = await api.ExecuteAsync("{ __schema { types { name } } }");

        Assert.False(result.Executed);
        Assert.NotEmpty(result.Errors!);
    }

    [Fact]
    public async Task An_alias_flood_is_refused_before_any_resolver_runs()
    {
        var counter = new CallCounter();
        await using var api = new ApiServices(configure: services => counter.Wrap<HelpDesk.Engine.Storage.ITicketStore>(services));
        var flood = "{ " + string.Join(" ", Enumerable.Range(0, 500).Select(i => $"a{i}: tickets(first: 100) {{ nodes {{ subject tags {{ name }} }} }}")) + " }";

        var result = await api.ExecuteAsync(flood);

        Assert.False(result.Executed);
        Assert.Equal("QUERY_TOO_COMPLEX", Code(result));
        Assert.Equal(0, counter.Total);
    }

    [Fact]
    public async Task A_request_for_a_huge_list_is_refused_before_any_resolver_runs()
    {
        var counter = new CallCounter();
        await using var api = new ApiServices(configure: services => counter.Wrap<HelpDesk.Engine.Storage.ITicketStore>(services));

        var result = await api.ExecuteAsync("{ tickets(first: 1000000) { nodes { subject notes { text } } } }");

        Assert.False(result.Executed);
        Assert.Equal("QUERY_TOO_COMPLEX", Code(result));
        Assert.Equal(0, counter.Total);
    }

    [Fact]
    public async Task The_standard_introspection_query_passes_the_default_limits()
    {
        await using var api = new ApiServices();

        var result = await api.ExecuteAsync(IntrospectionQuery);

        Assert.True(result.Executed);
        Assert.Null(result.Errors);
    }

    private static string? Code(global::GraphQL.ExecutionResult result) =>
        new HelpDesk.GraphQL.Errors.HelpDeskErrorInfoProvider().GetInfo(result.Errors![0]).Extensions!["code"] as string;

    // The shape graphql-js's getIntrospectionQuery() sends: fifteen levels of type references.
    private const string IntrospectionQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;
}
