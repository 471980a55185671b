using GraphQL.Types;
using GraphQLParser;
using HelpDesk.GraphQL.Execution;
using HelpDesk.GraphQL.Schema;

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

    // ComplexityInputs knows which arguments the standard complexity count reads; a field with a formula of its own
    // could read others, and a cached document's pass would then hide a costly request.
    [Fact]
    public async Task No_field_of_the_schema_has_a_complexity_formula_of_its_own()
    {
        await using var api = new ApiServices();
        await api.ExecuteAsync("{ __typename }");

        // The introspection types' own fixed formulas read no arguments.
        var withFormula = api.Get<HelpDeskSchema>().AllTypes.OfType<IComplexGraphType>()
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => (type, field)))
            .Where(pair => pair.field.Metadata.Keys.Any(key => key.Contains("complexity", StringComparison.OrdinalIgnoreCase)))
            .Select(pair => $"{pair.type.Name}.{pair.field.Name}");

        Assert.Empty(withFormula);
    }
}
