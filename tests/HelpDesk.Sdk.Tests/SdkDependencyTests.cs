namespace HelpDesk.Sdk.Tests;

public sealed class SdkDependencyTests
{
    private static readonly string[] ForbiddenPrefixes = ["GraphQL", "MongoDB", "Microsoft.Data.Sqlite", "Microsoft.AspNetCore"];

    [Fact]
    public void The_sdk_references_no_infrastructure_assembly()
    {
        var referenced = typeof(SdkVersion).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var forbidden = referenced.Where(name => ForbiddenPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

        Assert.Empty(forbidden);
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", referenced);
    }

    [Fact]
    public void The_sdk_assembly_version_stays_fixed_within_the_major_version()
    {
        Assert.Equal(new Version(SdkVersion.Current.Major, 0, 0, 0), typeof(SdkVersion).Assembly.GetName().Version);
    }
}
