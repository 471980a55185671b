using HelpDesk.Engine.Desks;

namespace HelpDesk.Engine.Tests.Desks;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("^1.0", "1.4.2", true)]
    [InlineData("^1.0", "2.0.0", false)]
    [InlineData("^1.2", "1.1.9", false)]
    [InlineData("^0.3", "0.3.5", true)]
    [InlineData("^0.3", "0.4.0", false)]
    [InlineData("~1.2", "1.2.7", true)]
    [InlineData("~1.2", "1.3.0", false)]
    [InlineData(">=1.0", "7.0.0", true)]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("1.0.0", "1.0.1", false)]
    [InlineData("*", "0.0.1", true)]
    [InlineData("^1.0", "1.5.0-beta", true)]
    public void A_range_accepts_the_versions_it_names(string range, string version, bool accepted)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed));
        Assert.Equal(accepted, parsed!.IsSatisfiedBy(version));
    }

    [Theory]
    [InlineData("")]
    [InlineData("^")]
    [InlineData("latest")]
    [InlineData("1.x")]
    public void Text_that_is_not_a_range_is_refused(string range) => Assert.False(VersionRange.TryParse(range, out _));
}
