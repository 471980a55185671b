using HelpDesk.Engine.Errors;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Calls;

/// <summary>What a change does to an interaction: its new state and events, or why it is refused.</summary>
internal sealed record InteractionChange
{
    /// <summary>Gets the new state (version and all), or <see langword="null"/> when refused.</summary>
    public Interaction? Interaction { get; init; }

    /// <summary>Gets the events the change appends.</summary>
    public IReadOnlyList<DomainEvent> Events { get; init; } = [];

    /// <summary>Gets why the change is refused; empty when it is made.</summary>
    public IReadOnlyList<UserError> Errors { get; init; } = [];

    /// <summary>Creates a refusal naming an input field.</summary>
    /// <param name="field">The input field.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="code">The code.</param>
    /// <returns>The refusal.</returns>
    public static InteractionChange Refuse(string field, string message, UserErrorCode code) =>
        new() { Errors = [UserError.ForInput(field, message, code)] };
}
