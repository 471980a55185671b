using BenchmarkDotNet.Attributes;
using HelpDesk.Engine;
using HelpDesk.Engine.Plugins;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Plugins;
using HelpDesk.Sdk.Tagging;
using HelpDesk.Sdk.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HelpDesk.Benchmarks.Micro;

/// <summary>
/// What the host adds to each plugin call (time limit, failure containment, circuit breaker): a component that answers
/// at once, called directly and through <see cref="PluginInvoker"/> as the host calls it.
/// </summary>
[MemoryDiagnoser]
public class PluginHookBenchmarks
{
    private static readonly IReadOnlyList<TagProposal> NoProposals = [];
    private readonly ITagger tagger = new InstantTagger();
    private readonly TestPluginContext context = new();
    private PluginInvoker invoker = null!;
    private ActiveComponent<ITagger> active = null!;
    private TaggingRequest request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(new HelpDeskOptions());
        invoker = new PluginInvoker(options, NullLogger<PluginInvoker>.Instance, new PluginCircuitBreaker(options, TimeProvider.System));
        active = new ActiveComponent<ITagger>("bench.instant", tagger, context);
        request = new TaggingRequest
        {
            Ticket = new Ticket { Id = "t1", OrganizationId = context.OrganizationId, Number = 1, Subject = "VPN drops", CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch },
        };
    }

    // The host calls plugins from asynchronous request code, one call after another: each benchmark runs a run of calls
    // in one asynchronous loop, so the figure is a call's cost there, not the harness waking its thread once per call.
    private const int CallsPerRun = 64;

    [Benchmark(Baseline = true, OperationsPerInvoke = CallsPerRun)]
    public async Task<int> DirectCall()
    {
        var count = 0;
        for (var i = 0; i < CallsPerRun; i++)
        {
            count += (await tagger.ProposeAsync(request, context, CancellationToken.None)).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = CallsPerRun)]
    public async Task<int> ThroughInvoker()
    {
        var count = 0;
        for (var i = 0; i < CallsPerRun; i++)
        {
            var result = await invoker.InvokeAsync(active, (t, ct) => t.ProposeAsync(request, context, ct), CancellationToken.None);
            count += result.Value?.Count ?? -1;
        }

        return count;
    }

    /// <summary>A tagger with nothing to say, answering synchronously: the call itself is all there is to measure.</summary>
    private sealed class InstantTagger : ITagger
    {
        public ValueTask<IReadOnlyList<TagProposal>> ProposeAsync(TaggingRequest request, IPluginContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(NoProposals);
    }
}
