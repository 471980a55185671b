using GraphQL;
using HelpDesk.Engine.Access;
using HelpDesk.Engine.Auth;
using HelpDesk.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Benchmarks.Setup;

/// <summary>Runs a GraphQL document through the schema's executer the way the HTTP endpoint does: a request scope and an admin caller.</summary>
internal static class GraphQLRunner
{
    private static readonly Caller Admin = new(EngineHost.OrganizationId, ApiKeyRole.Admin, "0000000000bench00");

    public static async Task<ExecutionResult> RunAsync(IServiceProvider services, string query)
    {
        await using var scope = services.CreateAsyncScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<HelpDeskSchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
            UserContext = new RequestContext { Caller = Admin },
        });
        if (!result.Executed || result.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException($"The benchmark query failed: {result.Errors?.FirstOrDefault()?.Message}");
        }

        return result;
    }

    /// <summary>Opens a ticket through the API and returns its GraphQL id.</summary>
    public static async Task<string> OpenTicketAsync(IServiceProvider services)
    {
        var result = await RunAsync(services, """mutation { openTicket(input: { subject: "Cannot log in: password expired", priority: HIGH }) { ticket { id } } }""");
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        using var json = System.Text.Json.JsonDocument.Parse(serializer.Serialize(result));
        return json.RootElement.GetProperty("data").GetProperty("openTicket").GetProperty("ticket").GetProperty("id").GetString()!;
    }
}
