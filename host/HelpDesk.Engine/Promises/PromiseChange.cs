using HelpDesk.Engine.Errors;
using HelpDesk.Sdk.Domain;
using HelpDesk.Sdk.Events;

namespace HelpDesk.Engine.Promises;

/// <summary>What one change does to a promise: its new state and events, nothing (already done), or why it cannot be made.</summary>
public sealed record PromiseChange
{
    /// <summary>Gets the promise after the change (the runner sets the version); null when nothing is to be written.</summary>
    public Promise? Promise { get; init; }

    /// <summary>Gets the events the change appends.</summary>
    public IReadOnlyList<DomainEvent> Events { get; init; } = [];

    /// <summary>Gets the problems that prevent the change.</summary>
    public IReadOnlyList<UserError> Errors { get; init; } = [];

    /// <summary>Gets a change that writes nothing, as the promise is already past it (a job that runs again, say).</summary>
    public static PromiseChange None { get; } = new();

    /// <summary>Creates a refused change.</summary>
    /// <param name="field">The input field at fault.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="code">The code.</param>
    /// <returns>The change.</returns>
    public static PromiseChange Refuse(string field, string message, UserErrorCode code) => new() { Errors = [UserError.ForInput(field, message, code)] };
}
