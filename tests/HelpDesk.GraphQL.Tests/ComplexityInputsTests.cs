using GraphQLParser;
using HelpDesk.GraphQL.Execution;

namespace HelpDesk.GraphQL.Tests;

public sealed class ComplexityInputsTests
{
    [Theory]
    [InlineData("query($n: Int) { tickets(first: $n) { nodes { id } } }")]
    [InlineData("query($n: Int) { tickets(last: $n) { nodes { id } } }")]
    [InlineData("query($id: ID) { things(id: $id) { id } }")]
    [InlineData("query A($id: ID!) { things(id: $id) { id } } query B($id: ID) { things(id: $id) { id } }")]
    [InlineData("query($on: Boolean!) { plugins { id kinds @include(if: $on) } }")]
    [InlineData("query($on: Boolean!) { ...Part } fragment Part on Query { plugins @skip(if: $on) { id } }")]
    [InlineData("query($on: Boolean!) { ... on Query @include(if: $on) { plugins { id } } }")]
    [InlineData("query($n: Int) { tickets { nodes { notes(first: $n) { text } } } }")]
    public void A_variable_that_sets_a_list_size_or_decides_a_field_counts(string document)
    {
        Assert.True(ComplexityInputs.DependOnVariables(Parser.Parse(document)));
    }

    [Theory]
    [InlineData("{ tickets(first: 5) { nodes { id } } }")]
    [InlineData("query($tag: String!) { tickets(first: 5, filter: { tag: [$tag] }) { nodes { id } } }")]
    [InlineData("query($id: ID!) { ticket(id: $id) { id subject } }")]
    public void Literal_sizes_and_variables_that_only_feed_resolvers_do_not_count(string document)
    {
        Assert.False(ComplexityInputs.DependOnVariables(Parser.Parse(document)));
    }
}
