using System.Globalization;
using HelpDesk.Benchmarks.Micro;
using HelpDesk.Benchmarks.Scenarios;
using HelpDesk.Benchmarks.Setup;

// Usage (the run script calls these; each appends its figures to the results file):
//   micro <results.tsv> <artifacts-dir> [benchmark class]
//   metrics <results.tsv> <store-dir> [events]
//   store-writes <results.tsv> <store-dir> <seconds> <callers>
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: HelpDesk.Benchmarks micro|metrics|store-writes <results.tsv> ...");
    return 2;
}

var results = new Results(args[1]);
switch (args[0])
{
    case "micro":
        MicroBenchmarkRun.Run(results, args[2], args.Length > 3 ? args[3] : null);
        break;
    case "metrics":
        await MetricsAtScale.RunAsync(results, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000_000, args[2]);
        break;
    case "store-writes":
        await StoreWrites.RunAsync(results, TimeSpan.FromSeconds(int.Parse(args[3], CultureInfo.InvariantCulture)), int.Parse(args[4], CultureInfo.InvariantCulture), args[2]);
        break;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}

return 0;
