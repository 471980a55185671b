using System.Text.Json;
using GraphQL;
using HelpDesk.Engine.Directory;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Tests;

public sealed class BatchLoadingTests
{
    private const string Page = "query($n: Int) { tickets(first: $n) { nodes { subject contact { name } asset { serialNumber owner { name } } notes { text } tags { name } } } }";

    [Theory]
    [InlineData(5)]
    [InlineData(60)]
    public async Task A_page_of_tickets_with_contacts_assets_and_notes_costs_the_same_few_store_calls_whatever_its_size(int size)
    {
        var counter = new CallCounter();
        await using var api = new ApiServices(configure: services =>
        {
            counter.Wrap<IContactStore>(services);
            counter.Wrap<IAssetStore>(services);
            counter.Wrap<INoteStore>(services);
            counter.Wrap<ITicketStore>(services);
        });
        await SeedAsync(api, size);
        var before = counter.Snapshot();

        var result = await api.ExecuteAsync(Page, new global::GraphQL.Inputs(new Dictionary<string, object?> { ["n"] = size }));

        using var json = JsonDocument.Parse(api.Get<IGraphQLTextSerializer>().Serialize(result));
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var nodes = json.RootElement.GetProperty("data").GetProperty("tickets").GetProperty("nodes");
        Assert.Equal(size, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(n.GetProperty("contact").GetProperty("name").GetString(), n.GetProperty("asset").GetProperty("owner").GetProperty("name").GetString()));
        Assert.Equal(new Dictionary<string, int> { ["FindManyAsync"] = 2, ["ListAsync"] = 1, ["ListForTicketsAsync"] = 1 }, counter.Since(before));
    }

    private static async Task SeedAsync(ApiServices api, int count)
    {
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < count; i++)
        {
            var contact = (await api.Get<ContactService>().CreateAsync(ApiServices.OrganizationId, new ContactDetails($"Caller {i}"), ct)).Value!;
            var asset = (await api.Get<AssetService>().CreateAsync(ApiServices.OrganizationId, $"SN-{i}", "Model", contact.Id, ct)).Value!;
            var ticket = (await api.Get<TicketService>().OpenAsync(ApiServices.OrganizationId, new OpenTicketCommand { Subject = $"Ticket {i}", ContactId = contact.Id, AssetId = asset.Id }, ct)).Value!;
            await api.Get<TicketLifecycle>().AddNoteAsync(ApiServices.OrganizationId, ticket.Id, null, NoteKind.Internal, $"Note {i}", "agent", ct);
        }
    }
}
