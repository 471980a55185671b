using System.Text.RegularExpressions;

namespace HelpDesk.Storage.MongoDb.Tests;

/// <summary>User text in a search becomes a pattern that matches exactly that text.</summary>
public sealed class RegexTextTests
{
    [Theory]
    [InlineData("a.b*", @"a\.b\*")]
    [InlineData(@"(x)[y]{1}^$|?+\", @"\(x\)\[y\]\{1\}\^\$\|\?\+\\")]
    [InlineData("plain text - 42 / ünï", "plain text - 42 / ünï")]
    public void Metacharacters_are_escaped_and_nothing_else_changes(string text, string pattern)
    {
        Assert.Equal(pattern, RegexText.Literal(text));
    }

    [Theory]
    [InlineData("a.b*", "x a.b* y", "aXbbb")]
    [InlineData("(1+1)", "sum (1+1) = 2", "11")]
    [InlineData(@"^$\", @"cost ^$\ here", "")]
    public void The_pattern_finds_the_text_literally(string text, string containing, string notContaining)
    {
        // .NET's engine reads these escapes as PCRE does, which the server uses.
        var pattern = new Regex(RegexText.Literal(text), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        Assert.Matches(pattern, containing);
        Assert.DoesNotMatch(pattern, notContaining);
    }
}
