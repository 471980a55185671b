using HelpDesk.Packaging.Tests;

// One packed feed serves every test; the tests run one at a time, each starting dotnet builds of its own.
[assembly: AssemblyFixture(typeof(PackedSdk))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
