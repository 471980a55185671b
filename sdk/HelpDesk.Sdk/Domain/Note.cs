namespace HelpDesk.Sdk.Domain;

/// <summary>A note or reply written on a ticket.</summary>
public sealed record Note
{
    /// <summary>Gets the note's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the organisation that owns the ticket.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>Gets the id of the ticket the note belongs to.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets whether the note is internal or a reply.</summary>
    public NoteKind Kind { get; init; } = NoteKind.Internal;

    /// <summary>Gets the id of the agent who wrote it.</summary>
    public required string AuthorId { get; init; }

    /// <summary>Gets the text.</summary>
    public required string Text { get; init; }

    /// <summary>Gets when it was written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
