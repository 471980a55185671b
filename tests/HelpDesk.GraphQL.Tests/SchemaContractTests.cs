using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using HelpDesk.GraphQL.Schema;
using HelpDesk.Testing;

namespace HelpDesk.GraphQL.Tests;

public sealed class SchemaContractTests
{
    private static string SchemaFile => Path.Combine(RepositoryPaths.Root, "schema.graphql");

    [Fact]
    public async Task The_schema_matches_the_committed_contract()
    {
        await using var api = new ApiServices();
        var printed = api.Get<HelpDeskSchema>().Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";

        if (Environment.GetEnvironmentVariable("HELPDESK_APPROVE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(SchemaFile, printed, TestContext.Current.CancellationToken);
        }

        var committed = File.Exists(SchemaFile) ? (await File.ReadAllTextAsync(SchemaFile, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed, "The GraphQL schema changed. Review the change, then run the tests once with HELPDESK_APPROVE_SCHEMA=1 to update schema.graphql.");
    }

    [Fact]
    public async Task Every_type_field_and_argument_has_a_description()
    {
        await using var api = new ApiServices();
        var schema = api.Get<HelpDeskSchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("OpenTicket.graphql")]
    [InlineData("Tickets.graphql")]
    [InlineData("Greeting.graphql")]
    [InlineData("Plugins.graphql")]
    public async Task The_sample_operations_are_valid_against_the_schema(string file)
    {
        await using var api = new ApiServices();
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", "operations", file), TestContext.Current.CancellationToken);

        // Variables are omitted: a valid document with missing required variables fails only on the variables.
        var result = await api.ExecuteAsync(query);

        Assert.DoesNotContain(result.Errors ?? [], e => e is not global::GraphQL.Validation.InvalidVariableError);
    }
}
