using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>Which messages to list: those for one person or team, optionally of one status.</summary>
public sealed record MessageFilter
{
    /// <summary>Gets the person or team the messages are for, matched by <see cref="AddresseeKey"/>.</summary>
    public required string For { get; init; }

    /// <summary>Gets the status, or <see langword="null"/> for all.</summary>
    public MessageStatus? Status { get; init; }

    /// <summary>Gets the most messages to return.</summary>
    public int Limit { get; init; } = 100;
}
