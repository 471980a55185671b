using HelpDesk.Engine.Calls;
using HelpDesk.Engine.Scheduling;
using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;
using HelpDesk.Sdk.Plugins;

namespace HelpDesk.Engine.Tests.Calls;

/// <summary>Shortcuts of the call tests: an engine with a script plugin, a ticket of a known caller, an interaction on it.</summary>
internal static class CallHarness
{
    public const string Org = EngineHarness.OrganizationId;

    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<EngineHarness> StartAsync() => EngineHarness.StartAsync(("scripts", PluginKinds.GreetingScripts, new CallScriptStub()));

    public static async Task<Interaction> StartCallAsync(this EngineHarness engine, string agentId = "mila")
    {
        var contact = new Contact { Id = Guid.NewGuid().ToString("N"), OrganizationId = Org, Name = "Anna de Vries", TimeZone = "Europe/Amsterdam" };
        await engine.Get<IContactStore>().InsertAsync(contact, Cancel);
        var ticket = (await engine.Get<TicketService>().OpenAsync(Org, new OpenTicketCommand { Subject = "Locked out", ContactId = contact.Id }, Cancel)).Value!;
        var started = await engine.Get<InteractionService>().StartAsync(Org, new StartInteractionCommand(ticket.Id, InteractionChannel.Phone, agentId, "Mila", "key:test"), Cancel);
        return started.Value!.Interaction;
    }

    public static Task<int> RunDueJobsAsync(this EngineHarness engine) => engine.Get<JobScheduler>().RunDueAsync(Cancel);

    public static async Task<List<T>> EventsAsync<T>(this EngineHarness engine, Interaction interaction)
        where T : DomainEvent =>
        [.. (await engine.Get<IEventLog>().ReadTicketAsync(Org, interaction.TicketId, Cancel)).Select(e => e.Event).OfType<T>()];
}
