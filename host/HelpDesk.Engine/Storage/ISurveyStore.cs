using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Storage;

/// <summary>Keeps survey invitations and their responses – at most one response per invitation.</summary>
public interface ISurveyStore
{
    /// <summary>Stores a new invitation.</summary>
    /// <param name="invitation">The invitation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    Task InsertInvitationAsync(SurveyInvitation invitation, CancellationToken cancellationToken);

    /// <summary>Finds an invitation of the organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="invitationId">The invitation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The invitation, or <see langword="null"/>.</returns>
    Task<SurveyInvitation?> FindInvitationAsync(string organizationId, string invitationId, CancellationToken cancellationToken);

    /// <summary>Lists the invitations about some tickets, oldest first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketIds">The tickets.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The invitations.</returns>
    Task<IReadOnlyList<SurveyInvitation>> ListInvitationsAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a response (its id is its invitation's), marks the invitation answered and appends the events, in one
    /// atomic write.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="events">The events it causes (at least <see cref="SurveyAnswered"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="DuplicateKeyException">The invitation was answered already; nothing was written.</exception>
    Task RecordResponseAsync(SurveyResponse response, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);

    /// <summary>Lists the responses about some tickets, oldest first.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="ticketIds">The tickets.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The responses.</returns>
    Task<IReadOnlyList<SurveyResponse>> ListResponsesAsync(string organizationId, IReadOnlyCollection<string> ticketIds, CancellationToken cancellationToken);
}
