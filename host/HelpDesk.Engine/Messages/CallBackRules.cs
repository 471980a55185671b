using HelpDesk.Engine.Errors;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Messages;

/// <summary>What a call-back record needs: an open message, who called, what came of it, and a time not in the future.</summary>
public static class CallBackRules
{
    /// <summary>Checks a call-back record, naming every problem at once.</summary>
    /// <param name="message">The message as stored, or <see langword="null"/> when it does not exist.</param>
    /// <param name="command">The record.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The problems; empty when it can be recorded.</returns>
    public static IReadOnlyList<UserError> Validate(CallerMessage? message, CallBackCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (message is null)
        {
            return [UserError.ForInput("messageId", "No message with this id exists in your organisation.", UserErrorCode.NotFound)];
        }

        if (command.ExpectedVersion is { } expected && expected != message.Version)
        {
            return [Conflict(expected)];
        }

        if (message.Status == MessageStatus.CalledBack)
        {
            return [UserError.ForInput("messageId", $"{message.CalledBackBy} already called this caller back at {message.CalledBackAt:u}.", UserErrorCode.Invalid)];
        }

        var errors = new List<UserError>();
        if (string.IsNullOrWhiteSpace(command.CalledBackBy) || command.CalledBackBy.Trim().Length > MessageValidator.MaxNameLength)
        {
            errors.Add(UserError.ForInput("calledBackBy", $"Give who called the caller back (1 to {MessageValidator.MaxNameLength} characters).", UserErrorCode.Required));
        }

        if (string.IsNullOrWhiteSpace(command.Outcome))
        {
            errors.Add(UserError.ForInput("outcome", "Say what came of the call-back, for example 'solved' or 'no answer, voicemail left'.", UserErrorCode.Required));
        }
        else if (command.Outcome.Length > MessageValidator.MaxTextLength)
        {
            errors.Add(UserError.ForInput("outcome", $"Keep the outcome to {MessageValidator.MaxTextLength} characters.", UserErrorCode.TooLong));
        }

        if (command.CalledBackAt is { } at && (at > now + MessageValidator.ClockSlack || at < message.CalledAt))
        {
            errors.Add(UserError.ForInput("calledBackAt", "The call-back must lie between the caller's call and now; leave it out to record it as now.", UserErrorCode.Invalid));
        }

        return errors;
    }

    /// <summary>The error for a message changed by someone else since it was read.</summary>
    /// <param name="expected">The version the caller read.</param>
    /// <returns>The error.</returns>
    public static UserError Conflict(int expected) => UserError.ForInput(
        "expectedVersion", $"The message was changed by someone else since version {expected}. Reload it and try again.", UserErrorCode.Conflict);
}
