using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using HelpDesk.Benchmarks.Setup;

namespace HelpDesk.Benchmarks.Micro;

/// <summary>
/// Runs the micro-benchmarks in this process (no per-benchmark build, which would not fit the time budget on two cores)
/// with a short job, and writes each mean in nanoseconds to the results file.
/// </summary>
internal static class MicroBenchmarkRun
{
    public static void Run(Results results, string artifacts, string? only = null)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        Type[] all = [typeof(DocumentCacheBenchmarks), typeof(PluginHookBenchmarks), typeof(NoteProcessingBenchmarks), typeof(StoreReadBenchmarks)];
        var summaries = BenchmarkRunner.Run([.. all.Where(t => only is null || t.Name == only)], config);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var name = $"micro.{report.BenchmarkCase.Descriptor.Type.Name}.{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}";
            if (report.ResultStatistics is { } statistics)
            {
                results.Write(name + ".mean_ns", statistics.Mean);
                results.Write(name + ".allocated_bytes", report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0);
            }
            else
            {
                throw new InvalidOperationException($"The benchmark {name} produced no result.");
            }
        }
    }
}
