using HelpDesk.GraphQL.Execution;

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
}
