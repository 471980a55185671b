using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>
/// Reads the notes and replies written on tickets. Notes are written only together with their ticket's
/// change (<see cref="ITicketStore.UpdateAsync(Ticket, int, IReadOnlyList{HelpDesk.Sdk.Events.DomainEvent}, IReadOnlyList{Note}, CancellationToken)"/>), so a note never exists without its event.
/// </summary>
public interface INoteStore
{
    /// <summary>Lists the notes of one ticket, oldest first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketId">The ticket.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The notes.</returns>
    Task<IReadOnlyList<Note>> ListAsync(string organizationId, string ticketId, CancellationToken cancellationToken);

    /// <summary>Lists the notes of several tickets in one call (the batch loader uses it), oldest first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketIds">The tickets.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The notes of all the tickets.</returns>
    Task<IReadOnlyList<Note>> ListForTicketsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken);
}
