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
}
