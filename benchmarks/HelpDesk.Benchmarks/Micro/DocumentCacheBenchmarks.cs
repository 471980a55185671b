using BenchmarkDotNet.Attributes;
using GraphQL;
using HelpDesk.Benchmarks.Setup;
using HelpDesk.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Benchmarks.Micro;

/// <summary>
/// Parse, validate and execute a small document with the document cache on and off (<c>DocumentCacheSize</c> 0): two
/// engines over their own store files. <c>plugins</c> reads the plugin catalogue from memory, so what differs is the
/// cache; <c>ticket(id)</c> adds an embedded store read.
/// </summary>
[MemoryDiagnoser]
public class DocumentCacheBenchmarks
{
    private const string PluginsQuery = "{ plugins { id version kinds status } }";
    private EngineHost cached = null!;
    private EngineHost uncached = null!;
    private string cachedTicketQuery = "";
    private string uncachedTicketQuery = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        cached = await EngineHost.StartAsync();
        uncached = await EngineHost.StartAsync(settings: new Dictionary<string, string?> { ["HelpDesk:GraphQL:DocumentCacheSize"] = "0" });
        var cachedId = await GraphQLRunner.OpenTicketAsync(cached.Services);
        var uncachedId = await GraphQLRunner.OpenTicketAsync(uncached.Services);
        cachedTicketQuery = TicketQuery(cachedId);

        // The figure means nothing unless the cached engine really answers from its cache and the other never does.
        for (var i = 0; i < 2; i++)
        {
            await GraphQLRunner.RunAsync(cached.Services, PluginsQuery);
            await GraphQLRunner.RunAsync(uncached.Services, PluginsQuery);
        }

        var (on, off) = (cached.Services.GetRequiredService<DocumentCache>(), uncached.Services.GetRequiredService<DocumentCache>());
        if (on.Hits == 0 || off.Hits + off.Misses != 0)
        {
            throw new InvalidOperationException($"The document cache did not behave as configured: on {on.Hits} hits, off {off.Hits + off.Misses} look-ups.");
        }

        uncachedTicketQuery = TicketQuery(uncachedId);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await cached.DisposeAsync();
        await uncached.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<ExecutionResult> SmallQueryUncached() => GraphQLRunner.RunAsync(uncached.Services, PluginsQuery);

    [Benchmark]
    public Task<ExecutionResult> SmallQueryCached() => GraphQLRunner.RunAsync(cached.Services, PluginsQuery);

    [Benchmark]
    public Task<ExecutionResult> TypenameUncached() => GraphQLRunner.RunAsync(uncached.Services, "{ __typename }");

    [Benchmark]
    public Task<ExecutionResult> TypenameCached() => GraphQLRunner.RunAsync(cached.Services, "{ __typename }");

    [Benchmark]
    public Task<ExecutionResult> TicketQueryUncached() => GraphQLRunner.RunAsync(uncached.Services, uncachedTicketQuery);

    [Benchmark]
    public Task<ExecutionResult> TicketQueryCached() => GraphQLRunner.RunAsync(cached.Services, cachedTicketQuery);

    private static string TicketQuery(string id) => $$"""{ ticket(id: "{{id}}") { id number subject status priority tags { name } } }""";
}
