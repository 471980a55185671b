namespace HelpDesk.Engine.Messages;

/// <summary>Who called a message's caller back, when, and what came of it.</summary>
public sealed record CallBackCommand
{
    /// <summary>Gets the message.</summary>
    public required string MessageId { get; init; }

    /// <summary>Gets the version last read, to refuse the change if someone changed the message since; null for the latest.</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>Gets who called back.</summary>
    public string? CalledBackBy { get; init; }

    /// <summary>Gets when; now when not given.</summary>
    public DateTimeOffset? CalledBackAt { get; init; }

    /// <summary>Gets what came of it.</summary>
    public string? Outcome { get; init; }

    /// <summary>Gets who records it (the API key acting).</summary>
    public string? ActorId { get; init; }
}
