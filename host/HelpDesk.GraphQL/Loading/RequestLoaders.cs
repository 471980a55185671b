using HelpDesk.Engine.Storage;
using HelpDesk.GraphQL.Surveys;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.GraphQL.Loading;

/// <summary>The batch loaders of one request (a scoped service), keyed by organisation so no value crosses organisations.</summary>
internal sealed class RequestLoaders(IContactStore contacts, IAssetStore assets, INoteStore notes, ISurveyStore surveys, IInteractionStore interactions, IPromiseStore promises)
{
    private readonly Dictionary<string, BatchLoader<string, Contact>> contactLoaders = [];
    private readonly Dictionary<string, BatchLoader<string, Asset>> assetLoaders = [];
    private readonly Dictionary<string, BatchLoader<string, IReadOnlyList<Note>>> noteLoaders = [];
    private readonly Dictionary<string, BatchLoader<string, IReadOnlyList<SurveyView>>> surveyLoaders = [];
    private readonly Dictionary<string, BatchLoader<string, IReadOnlyList<Interaction>>> interactionLoaders = [];
    private readonly Dictionary<string, BatchLoader<string, IReadOnlyList<Promise>>> promiseLoaders = [];

    public BatchLoader<string, Contact> Contacts(string organizationId) => For(contactLoaders, organizationId, async (ids, ct) =>
        (await contacts.FindManyAsync(organizationId, ids, ct)).ToDictionary(c => c.Id));

    public BatchLoader<string, Asset> Assets(string organizationId) => For(assetLoaders, organizationId, async (ids, ct) =>
        (await assets.FindManyAsync(organizationId, ids, ct)).ToDictionary(a => a.Id));

    public BatchLoader<string, IReadOnlyList<Note>> Notes(string organizationId) => For(noteLoaders, organizationId, async (ticketIds, ct) =>
    {
        var found = (await notes.ListForTicketsAsync(organizationId, ticketIds, ct)).ToLookup(n => n.TicketId);
        return ticketIds.ToDictionary(id => id, id => (IReadOnlyList<Note>)[.. found[id]]);
    });

    /// <summary>Gets the loader of tickets' surveys with their responses: two store reads per batch.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The loader.</returns>
    public BatchLoader<string, IReadOnlyList<SurveyView>> Surveys(string organizationId) => For(surveyLoaders, organizationId, async (ticketIds, ct) =>
    {
        var invitations = (await surveys.ListInvitationsAsync(organizationId, ticketIds, ct)).ToLookup(i => i.TicketId);
        var responses = (await surveys.ListResponsesAsync(organizationId, ticketIds, ct)).ToDictionary(r => r.Id);
        return ticketIds.ToDictionary(id => id, id => (IReadOnlyList<SurveyView>)[.. invitations[id].Select(i => new SurveyView(i, responses.GetValueOrDefault(i.Id)))]);
    });

    /// <summary>Gets the loader of tickets' interactions, oldest first: one store read per batch.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The loader.</returns>
    public BatchLoader<string, IReadOnlyList<Interaction>> Interactions(string organizationId) => For(interactionLoaders, organizationId, async (ticketIds, ct) =>
    {
        var found = (await interactions.ListForTicketsAsync(organizationId, ticketIds, ct)).ToLookup(i => i.TicketId);
        return ticketIds.ToDictionary(id => id, id => (IReadOnlyList<Interaction>)[.. found[id]]);
    });

    /// <summary>Gets the loader of tickets' promises: one store read per batch.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The loader.</returns>
    public BatchLoader<string, IReadOnlyList<Promise>> Promises(string organizationId) => For(promiseLoaders, organizationId, async (ticketIds, ct) =>
    {
        var found = (await promises.ListForTicketsAsync(organizationId, ticketIds, ct)).ToLookup(p => p.TicketId);
        return ticketIds.ToDictionary(id => id, id => (IReadOnlyList<Promise>)[.. found[id]]);
    });

    private static BatchLoader<string, TValue> For<TValue>(
        Dictionary<string, BatchLoader<string, TValue>> loaders,
        string organizationId,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<Dictionary<string, TValue>>> fetch)
    {
        lock (loaders)
        {
            if (!loaders.TryGetValue(organizationId, out var loader))
            {
                loader = new BatchLoader<string, TValue>(async (keys, ct) => await fetch(keys, ct));
                loaders[organizationId] = loader;
            }

            return loader;
        }
    }
}
