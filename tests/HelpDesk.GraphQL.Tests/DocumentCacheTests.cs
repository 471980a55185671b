using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
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

        var cheap = await api.ExecuteAsync(query, operationName: "Cheap");
        var costly = await api.ExecuteAsync(query, operationName: "Costly");

        Assert.Null(cheap.Errors);
        Assert.False(costly.Executed);
        Assert.Equal("QUERY_TOO_COMPLEX", new HelpDeskErrorInfoProvider().GetInfo(costly.Errors![0]).Extensions!["code"]);
        Assert.Equal(1, api.Get<DocumentCache>().Hits);
    }

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
    private sealed class AddRule(IValidationRule rule) : IConfigureExecution
    {
        public float SortOrder => 150;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            options.ValidationRules = [.. options.ValidationRules ?? DocumentValidator.CoreRules, rule];
            return next(options);
        }
    }
}
