using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using HelpDesk.Engine.Auth;
using HelpDesk.GraphQL.Errors;
using HelpDesk.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.GraphQL.Tests;

public sealed class DocumentCacheTests
{
    [Fact]
    public async Task A_repeated_query_is_served_from_the_document_cache()
    {
        await using var api = new ApiServices();
        var cache = api.Get<DocumentCache>();

        var first = await api.ExecuteAsync("{ plugins { id } }");
        var second = await api.ExecuteAsync("{ plugins { id } }");

        Assert.Null(first.Errors);
        Assert.Null(second.Errors);
        Assert.Equal(1, cache.Misses);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public async Task An_invalid_query_is_never_cached()
    {
        await using var api = new ApiServices();
        var cache = api.Get<DocumentCache>();

        await api.ExecuteAsync("{ nothingHere }");
        await api.ExecuteAsync("{ nothingHere }");

        Assert.Equal(0, cache.Hits);
        Assert.Equal(2, cache.Misses);
    }

    [Fact]
    public async Task A_cached_document_is_not_validated_again_by_the_full_rules()
    {
        var probe = new CountingRule();
        await using var api = new ApiServices(configure: services => services.AddSingleton<IConfigureExecution>(new AddRule(probe)));

        await api.ExecuteAsync("{ plugins { id } }");
        await api.ExecuteAsync("{ plugins { id } }");
        await api.ExecuteAsync("{ plugins { id } }");

        Assert.Equal(1, probe.Validations);
    }

    [Fact]
    public async Task A_huge_list_asked_through_a_variable_is_refused_even_when_the_document_is_cached()
    {
        await using var api = new ApiServices();
        const string query = "query($n: Int) { tickets(first: $n) { nodes { subject notes { text } } } }";

        var small = await api.ExecuteAsync(query, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["n"] = 10 }));
        var huge = await api.ExecuteAsync(query, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["n"] = 1_000_000 }));

        Assert.Null(small.Errors);
        Assert.False(huge.Executed);
        Assert.Equal("QUERY_TOO_COMPLEX", new HelpDeskErrorInfoProvider().GetInfo(huge.Errors![0]).Extensions!["code"]);
        Assert.Equal(1, api.Get<DocumentCache>().Hits);
    }

    [Fact]
    public async Task A_costly_operation_of_a_document_cached_for_its_cheap_one_is_still_refused()
    {
        await using var api = new ApiServices(new Dictionary<string, string?> { ["HelpDesk:GraphQL:MaxComplexity"] = "100" });
        const string query = "query Cheap { __typename } query Costly { tickets(first: 100) { nodes { subject notes { text } } } }";

        // Twice, so the cheap operation's pass is on record when the costly one is asked for.
        await api.ExecuteAsync(query, operationName: "Cheap");
        var cheap = await api.ExecuteAsync(query, operationName: "Cheap");
        var costly = await api.ExecuteAsync(query, operationName: "Costly");

        Assert.Null(cheap.Errors);
        Assert.False(costly.Executed);
        Assert.Equal("QUERY_TOO_COMPLEX", new HelpDeskErrorInfoProvider().GetInfo(costly.Errors![0]).Extensions!["code"]);
        Assert.Equal(2, api.Get<DocumentCache>().Hits);
    }

    [Fact]
    public async Task A_repeated_request_without_variables_is_checked_by_the_per_request_rules_only_until_it_has_passed_them()
    {
        var perRequest = new CountingRule();
        await using var api = WithPerRequestRule(perRequest);

        for (var i = 0; i < 4; i++)
        {
            Assert.Null((await api.ExecuteAsync("{ plugins { id } }")).Errors);
        }

        // The first request validates in full, the second (the first hit) runs the per-request rules, the rest none.
        Assert.Equal(2, perRequest.Validations);
    }

    [Fact]
    public async Task Requests_whose_variables_set_a_list_size_are_checked_by_the_per_request_rules_every_time()
    {
        var perRequest = new CountingRule();
        await using var api = WithPerRequestRule(perRequest);
        const string query = "query($n: Int) { tickets(first: $n) { nodes { subject } } }";

        for (var i = 0; i < 3; i++)
        {
            Assert.Null((await api.ExecuteAsync(query, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["n"] = 5 }))).Errors);
        }

        Assert.Equal(2, api.Get<DocumentCache>().Hits);
        Assert.Equal(3, perRequest.Validations);
    }

    [Fact]
    public async Task Requests_whose_variables_only_feed_resolvers_are_checked_by_the_per_request_rules_only_until_one_passed()
    {
        var perRequest = new CountingRule();
        await using var api = WithPerRequestRule(perRequest);
        const string query = "query($tag: String!) { tickets(first: 5, filter: { tag: [$tag] }) { nodes { subject } } }";

        foreach (var tag in new[] { "printer", "vpn", "password", "laptop" })
        {
            Assert.Null((await api.ExecuteAsync(query, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["tag"] = tag }))).Errors);
        }

        Assert.Equal(2, perRequest.Validations);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_still_refused_once_the_document_has_passed()
    {
        await using var api = new ApiServices();
        const string query = "query($tag: String!) { tickets(first: 5, filter: { tag: [$tag] }) { nodes { subject } } }";
        for (var i = 0; i < 2; i++)
        {
            Assert.Null((await api.ExecuteAsync(query, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["tag"] = "vpn" }))).Errors);
        }

        var missing = await api.ExecuteAsync(query, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["tag"] = null }));
        var wrong = await api.ExecuteAsync(query, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["tag"] = new Dictionary<string, object?> { ["a"] = 1 } }));

        Assert.False(missing.Executed);
        Assert.Contains("$tag", missing.Errors![0].Message, StringComparison.Ordinal);
        Assert.False(wrong.Executed);
        Assert.Contains("$tag", wrong.Errors![0].Message, StringComparison.Ordinal);
        Assert.Equal(3, api.Get<DocumentCache>().Hits);
    }

    [Theory]
    [InlineData("query($n: Int = 1) { tickets(first: $n) { nodes { subject notes { text } } } }", "n", 1000)]
    [InlineData("query($skip: Boolean = true) { tickets(first: 100) @skip(if: $skip) { nodes { subject notes { text } } } }", "skip", false)]
    [InlineData("query($skip: Boolean = true) { ...Costly } fragment Costly on Query { tickets(first: 100) @skip(if: $skip) { nodes { subject notes { text } } } }", "skip", false)]
    [InlineData("query($on: Boolean = false) { ... on Query @include(if: $on) { tickets(first: 100) { nodes { subject notes { text } } } } }", "on", true)]
    public async Task A_document_that_passed_without_variables_is_still_refused_when_its_variables_make_it_costly(string query, string variable, object value)
    {
        await using var api = new ApiServices(new Dictionary<string, string?> { ["HelpDesk:GraphQL:MaxComplexity"] = "100" });
        for (var i = 0; i < 3; i++)
        {
            Assert.Null((await api.ExecuteAsync(query)).Errors);
        }

        var costly = await api.ExecuteAsync(query, new global::GraphQL.Inputs(new Dictionary<string, object?> { [variable] = value }));

        Assert.False(costly.Executed);
        Assert.Equal("QUERY_TOO_COMPLEX", new HelpDeskErrorInfoProvider().GetInfo(costly.Errors![0]).Extensions!["code"]);
    }

    [Fact]
    public async Task A_document_that_passed_for_an_admin_is_still_refused_to_an_agent_and_still_open_to_the_admin()
    {
        await using var api = new ApiServices();
        const string query = "{ apiKeys { name } }";

        await api.ExecuteAsync(query);
        var admin = await api.ExecuteAsync(query);
        var agent = await api.ExecuteAsync(query, role: ApiKeyRole.Agent);
        var adminAgain = await api.ExecuteAsync(query);

        Assert.Null(admin.Errors);
        Assert.False(agent.Executed);
        Assert.Equal("FORBIDDEN", new HelpDeskErrorInfoProvider().GetInfo(agent.Errors![0]).Extensions!["code"]);
        Assert.Null(adminAgain.Errors);
    }

    private static ApiServices WithPerRequestRule(IValidationRule rule) =>
        new(configure: services => services.AddSingleton<IConfigureExecution>(new AddRule(rule, everyRequest: true)));

    private sealed class CountingRule : IValidationRule
    {
        private int validations;

        public int Validations => validations;

        public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Interlocked.Increment(ref validations);
            return ValueTask.FromResult<INodeVisitor?>(null);
        }

        public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => ValueTask.FromResult<IVariableVisitor?>(null);

        public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => ValueTask.FromResult<INodeVisitor?>(null);
    }

    // Runs with the option configurations, before the document cache, as the host's own rules are added.
    // With everyRequest the rule is also one of those run for cached documents.
    private sealed class AddRule(IValidationRule rule, bool everyRequest = false) : IConfigureExecution
    {
        public float SortOrder => 150;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            options.ValidationRules = [.. options.ValidationRules ?? DocumentValidator.CoreRules, rule];
            if (everyRequest)
            {
                options.CachedDocumentValidationRules = [.. options.CachedDocumentValidationRules ?? [], rule];
            }

            return next(options);
        }
    }
}
