namespace HelpDesk.Sdk.Tests;

public sealed class SdkVersionTests
{
    [Fact]
    public void The_current_contract_is_version_1_0()
    {
        Assert.Equal(new Version(1, 0, 0), SdkVersion.Current);
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("1.0.7", true)]
    [InlineData("1.1", false)]
    [InlineData("2.0", false)]
    [InlineData("0.9", false)]
    public void A_plugin_loads_only_when_built_against_the_same_major_and_at_most_this_minor_version(string builtAgainst, bool supported)
    {
        Assert.Equal(supported, SdkVersion.Supports(Version.Parse(builtAgainst)));
    }

    [Fact]
    public void Supports_refuses_a_missing_version()
    {
        Assert.Throws<ArgumentNullException>(() => SdkVersion.Supports(null!));
    }
}
