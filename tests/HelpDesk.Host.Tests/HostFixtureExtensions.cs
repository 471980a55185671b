using HelpDesk.Engine.Auth;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Host.Tests;

/// <summary>Set-up a test needs beyond the API: another organisation of its own.</summary>
internal static class HostFixtureExtensions
{
    public static async Task<GraphQLClient> NewOrganizationAsync(this HelpDeskHostFactory factory, string name = "Test Desk", ApiKeyRole role = ApiKeyRole.Admin) =>
        factory.GraphQL(await factory.NewOrganizationIdAsync(name), role);

    public static async Task<string> NewOrganizationIdAsync(this HelpDeskHostFactory factory, string name = "Test Desk")
    {
        var id = "org-" + Guid.NewGuid().ToString("N")[..12];
        var organizations = factory.Services.GetRequiredService<IOrganizationStore>();
        await organizations.UpsertAsync(new Organization { Id = id, Name = name, TimeZone = "Europe/Amsterdam", Languages = ["nl", "en"] }, TestContext.Current.CancellationToken);
        return id;
    }
}
