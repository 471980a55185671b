using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>A fresh English-speaking organisation with an agent's API client, for the call-handling tests that also subscribe.</summary>
internal static class CallDeskOrganization
{
    public static async Task<(string Id, GraphQLClient Agent)> CreateAsync(HelpDeskHostFactory host)
    {
        var id = "org-" + Guid.NewGuid().ToString("N")[..12];
        await host.Services.GetRequiredService<IOrganizationStore>().UpsertAsync(
            new Organization { Id = id, Name = "Contoso Desk", TimeZone = "Europe/Amsterdam", Languages = ["en"] }, TestContext.Current.CancellationToken);
        return (id, host.GraphQL(id, ApiKeyRole.Agent));
    }
}
