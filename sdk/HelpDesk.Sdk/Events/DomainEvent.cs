using System.Text.Json.Serialization;

namespace HelpDesk.Sdk.Events;

/// <summary>
/// Something that happened on an organisation's desk. Events are appended to the organisation's
/// log, never changed, and feed metrics, plugin handlers and subscriptions.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TicketOpened), TicketOpened.TypeName)]
[JsonDerivedType(typeof(TicketTagged), TicketTagged.TypeName)]
[JsonDerivedType(typeof(TicketEscalated), TicketEscalated.TypeName)]
[JsonDerivedType(typeof(TicketReplied), TicketReplied.TypeName)]
[JsonDerivedType(typeof(NoteAdded), NoteAdded.TypeName)]
[JsonDerivedType(typeof(TicketAssigned), TicketAssigned.TypeName)]
[JsonDerivedType(typeof(TicketTransferred), TicketTransferred.TypeName)]
[JsonDerivedType(typeof(TicketResolved), TicketResolved.TypeName)]
[JsonDerivedType(typeof(TicketReopened), TicketReopened.TypeName)]
[JsonDerivedType(typeof(SurveyAnswered), SurveyAnswered.TypeName)]
[JsonDerivedType(typeof(TicketUpdated), TicketUpdated.TypeName)]
[JsonDerivedType(typeof(TransferRequested), TransferRequested.TypeName)]
[JsonDerivedType(typeof(TransferAccepted), TransferAccepted.TypeName)]
[JsonDerivedType(typeof(TransferDeclined), TransferDeclined.TypeName)]
[JsonDerivedType(typeof(MessageTaken), MessageTaken.TypeName)]
[JsonDerivedType(typeof(MessageCalledBack), MessageCalledBack.TypeName)]
[JsonDerivedType(typeof(MessageOverdue), MessageOverdue.TypeName)]
[JsonDerivedType(typeof(InteractionStarted), InteractionStarted.TypeName)]
[JsonDerivedType(typeof(InteractionStepChanged), InteractionStepChanged.TypeName)]
[JsonDerivedType(typeof(CallerHeld), CallerHeld.TypeName)]
[JsonDerivedType(typeof(CallerResumed), CallerResumed.TypeName)]
[JsonDerivedType(typeof(HoldCheckBackDue), HoldCheckBackDue.TypeName)]
[JsonDerivedType(typeof(InteractionEnded), InteractionEnded.TypeName)]
[JsonDerivedType(typeof(PromiseMade), PromiseMade.TypeName)]
[JsonDerivedType(typeof(PromiseDueSoon), PromiseDueSoon.TypeName)]
[JsonDerivedType(typeof(PromiseOverdue), PromiseOverdue.TypeName)]
[JsonDerivedType(typeof(PromiseKept), PromiseKept.TypeName)]
[JsonDerivedType(typeof(PromiseBroken), PromiseBroken.TypeName)]
[JsonDerivedType(typeof(StatusUpdateDue), StatusUpdateDue.TypeName)]
public abstract record DomainEvent
{
    /// <summary>Gets the event's unique id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation the event belongs to.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the id of the ticket the event is about.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets when it happened.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Gets the id of the agent, plugin or system that caused it, if known.</summary>
    public string? ActorId { get; init; }

    /// <summary>Gets the stable name of the event type, as stored in the log (for example <c>ticket.opened</c>).</summary>
    [JsonIgnore]
    public abstract string Type { get; }
}
