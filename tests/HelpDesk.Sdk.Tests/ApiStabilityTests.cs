using HelpDesk.Sdk.Plugins;
using HelpDesk.Testing;

namespace HelpDesk.Sdk.Tests;

/// <summary>
/// The SDK's shipped surface is recorded in PublicAPI.Shipped.txt; the build (PublicApiAnalyzers, warnings as errors)
/// fails when a shipped symbol changes or disappears. These tests keep that record honest.
/// </summary>
public sealed class ApiStabilityTests
{
    private static readonly string SdkFolder = Path.Combine(RepositoryPaths.Root, "sdk", "HelpDesk.Sdk");

    [Fact]
    public void Every_extension_interface_and_its_method_are_recorded_as_shipped()
    {
        var shipped = File.ReadAllLines(Path.Combine(SdkFolder, "PublicAPI.Shipped.txt"));

        Assert.All(PluginKinds.ComponentInterfaces.Values, contract =>
        {
            Assert.Contains(contract.FullName!, shipped);
            Assert.Contains(shipped, line => line.StartsWith($"{contract.FullName}.", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void No_shipped_interface_gains_a_member_plugins_would_have_to_implement()
    {
        var shipped = File.ReadAllLines(Path.Combine(SdkFolder, "PublicAPI.Shipped.txt"));
        var interfaces = typeof(SdkVersion).Assembly.GetExportedTypes().Where(t => t.IsInterface && shipped.Contains(t.FullName!));

        // A new abstract member breaks every plugin that implements the interface; a new interface (a new kind) does not.
        var added = interfaces
            .SelectMany(contract => contract.GetMethods().Where(m => m.IsAbstract).Select(m => $"{contract.FullName}.{ApiName(m.Name)}"))
            .Where(member => !shipped.Any(line => line.StartsWith(member, StringComparison.Ordinal) && line.Length > member.Length && line[member.Length] is '(' or '<' or ' '))
            .ToList();

        Assert.True(added.Count == 0 || SdkVersion.Current.Major > 1, $"Members added to shipped interfaces: {string.Join("; ", added)}");
    }

    [Fact]
    public void A_removed_shipped_symbol_comes_with_a_new_major_version()
    {
        var removals = File.ReadAllLines(Path.Combine(SdkFolder, "PublicAPI.Unshipped.txt"))
            .Where(line => line.StartsWith("*REMOVED*", StringComparison.Ordinal))
            .ToList();

        // Plugins built against 1.x must keep loading on every 1.y host: removing or changing shipped API needs 2.0.
        Assert.True(removals.Count == 0 || SdkVersion.Current.Major > 1, $"Shipped SDK API was removed without a new major version: {string.Join("; ", removals)}");
    }

    private static string ApiName(string methodName) => methodName switch
    {
        _ when methodName.StartsWith("get_", StringComparison.Ordinal) => $"{methodName[4..]}.get",
        _ when methodName.StartsWith("set_", StringComparison.Ordinal) => $"{methodName[4..]}.set",
        _ => methodName,
    };
}
