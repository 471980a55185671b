using HelpDesk.Engine.Storage;
using HelpDesk.Engine.Tickets;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Escalation;

/// <summary>
/// The facts about other tickets a policy weighs (same caller, same unit, same category and still open), as they
/// stood at a moment of a simulated ticket's history. Read once, then counted in memory for each moment.
/// </summary>
internal sealed class HistoricalCounts(IReadOnlyList<Ticket> sameContact, IReadOnlyList<Ticket> sameAsset, IReadOnlyList<Ticket> sameCategory)
{
    // The newest tickets of each relation: thresholds are small numbers, so a page is enough to reach them.
    private const int Limit = 100;

    /// <summary>Reads the newest other tickets of the ticket's caller, unit and categories.</summary>
    public static async Task<HistoricalCounts> LoadAsync(ITicketStore tickets, Ticket current, CancellationToken cancellationToken)
    {
        var sameCategory = new List<Ticket>();
        foreach (var category in current.Tags.Select(t => t.Name).Where(SimilarTickets.IsCategory))
        {
            sameCategory.AddRange(await ListAsync(tickets, current, new TicketFilter { Tags = [category] }, cancellationToken));
        }

        return new(
            current.ContactId is null ? [] : await ListAsync(tickets, current, new TicketFilter { ContactId = current.ContactId }, cancellationToken),
            current.AssetId is null ? [] : await ListAsync(tickets, current, new TicketFilter { AssetId = current.AssetId }, cancellationToken),
            sameCategory);
    }

    /// <summary>Gets the other recent tickets of the ticket's caller that existed at the moment.</summary>
    public int RepeatContacts(Ticket ticket, DateTimeOffset at) =>
        ticket.ContactId is null ? 0 : sameContact.Count(t => t.ContactId == ticket.ContactId && IsRecentAt(t, at));

    /// <summary>Gets the other recent tickets of the ticket's unit that existed at the moment.</summary>
    public int AssetTickets(Ticket ticket, DateTimeOffset at) =>
        ticket.AssetId is null ? 0 : sameAsset.Count(t => t.AssetId == ticket.AssetId && IsRecentAt(t, at));

    /// <summary>Gets the most other tickets sharing one of the ticket's categories that were open at the moment.</summary>
    public int SimilarOpen(Ticket ticket, DateTimeOffset at) => ticket.Tags
        .Select(t => t.Name)
        .Where(SimilarTickets.IsCategory)
        .Select(category => sameCategory.DistinctBy(t => t.Id).Count(t => t.HasTag(category) && t.CreatedAt <= at && (t.ResolvedAt is null || t.ResolvedAt > at)))
        .DefaultIfEmpty(0)
        .Max();

    private static bool IsRecentAt(Ticket other, DateTimeOffset at) => other.CreatedAt <= at && other.CreatedAt > at - TicketEscalation.RecentWindow;

    private static async Task<IReadOnlyList<Ticket>> ListAsync(ITicketStore tickets, Ticket current, TicketFilter filter, CancellationToken cancellationToken)
    {
        var page = await tickets.ListAsync(current.OrganizationId, new TicketQuery { Filter = filter, Limit = Limit }, cancellationToken);
        return [.. page.Items.Where(t => t.Id != current.Id)];
    }
}
