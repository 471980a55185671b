using HelpDesk.Engine.Errors;

namespace HelpDesk.Engine.Messages;

/// <summary>
/// Checks that a message is complete – every field a call-back needs – and names every missing or invalid field at
/// once, so the agent can ask the caller for all of them before the caller hangs up.
/// </summary>
public static class MessageValidator
{
    /// <summary>The longest name, organisation or addressee accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest message accepted.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>How far in the future a call time may lie (clocks of agents' machines drift).</summary>
    public static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(5);

    /// <summary>Checks a message.</summary>
    /// <param name="command">What was typed.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The problems, one per field; empty when the message is complete.</returns>
    public static IReadOnlyList<UserError> Validate(TakeMessageCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<UserError>();
        Name(errors, "callerFirstName", command.CallerFirstName, "the caller's first name");
        Name(errors, "callerLastName", command.CallerLastName, "the caller's last name");
        Name(errors, "for", command.For, "who the message is for");
        Name(errors, "callerOrganization", command.CallerOrganization, "the caller's organisation");
        if (!PhoneNumber.TryNormalize(command.Phone, out _, out var phoneProblem))
        {
            errors.Add(UserError.ForInput("phone", phoneProblem, string.IsNullOrWhiteSpace(command.Phone) ? UserErrorCode.Required : UserErrorCode.Invalid));
        }

        if (string.IsNullOrWhiteSpace(command.Text))
        {
            errors.Add(UserError.ForInput("text", "Write the message: what the caller wants the addressee to know.", UserErrorCode.Required));
        }
        else if (command.Text.Length > MaxTextLength)
        {
            errors.Add(UserError.ForInput("text", $"The message is {command.Text.Length} characters long; keep it to {MaxTextLength}.", UserErrorCode.TooLong));
        }

        if (command.Urgency is null)
        {
            errors.Add(UserError.ForInput("urgency", "Say how urgent the call-back is: LOW, NORMAL, HIGH or URGENT.", UserErrorCode.Required));
        }

        CallBackWindow(errors, command.CallBackFrom, command.CallBackTo, now);
        TimeZone(errors, command.CallerTimeZone);
        if (command.CalledAt is { } calledAt && calledAt > now + ClockSlack)
        {
            errors.Add(UserError.ForInput("calledAt", "The call cannot have taken place in the future; leave calledAt out to record it as now.", UserErrorCode.Invalid));
        }

        Name(errors, "takenBy", command.TakenBy, "the name of the agent taking the message");
        return errors;
    }

    /// <summary>Tells whether an id is an IANA time zone the host knows (for example <c>Europe/Amsterdam</c>).</summary>
    /// <param name="id">The id.</param>
    /// <param name="zone">The zone, when it is one.</param>
    /// <returns>Whether it is.</returns>
    public static bool TryFindIanaZone(string? id, out TimeZoneInfo? zone)
    {
        zone = null;
        return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out zone) && zone.HasIanaId;
    }

    private static void Name(List<UserError> errors, string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(UserError.ForInput(field, $"Give {what}.", UserErrorCode.Required));
        }
        else if (value.Trim().Length > MaxNameLength)
        {
            errors.Add(UserError.ForInput(field, $"Keep {what} to {MaxNameLength} characters.", UserErrorCode.TooLong));
        }
    }

    private static void CallBackWindow(List<UserError> errors, DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now)
    {
        if (from is null)
        {
            errors.Add(UserError.ForInput("callBackFrom", "Give the start of the time the caller can be called back.", UserErrorCode.Required));
        }
        else if (from < now - ClockSlack)
        {
            errors.Add(UserError.ForInput("callBackFrom", "The call-back window cannot start in the past; start it now or later.", UserErrorCode.Invalid));
        }

        if (to is null)
        {
            errors.Add(UserError.ForInput("callBackTo", "Give the end of the time the caller can be called back.", UserErrorCode.Required));
        }
        else if (to <= now)
        {
            errors.Add(UserError.ForInput("callBackTo", "The call-back window must end in the future.", UserErrorCode.Invalid));
        }
        else if (from is { } start && start >= to)
        {
            errors.Add(UserError.ForInput("callBackTo", "The call-back window must end after it starts.", UserErrorCode.Invalid));
        }
    }

    private static void TimeZone(List<UserError> errors, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(UserError.ForInput("callerTimeZone", "Give the caller's time zone, an IANA id such as Europe/Amsterdam, so the call-back is at their time.", UserErrorCode.Required));
        }
        else if (!TryFindIanaZone(id, out _))
        {
            errors.Add(UserError.ForInput("callerTimeZone", $"'{id.Trim()}' is not an IANA time zone such as Europe/Amsterdam or Asia/Tokyo.", UserErrorCode.Invalid));
        }
    }
}
