using HelpDesk.Engine.Errors;

namespace HelpDesk.Engine.Tickets;

/// <summary>Checks an open-ticket command before anything is stored.</summary>
internal static class OpenTicketValidator
{
    public const int MaxSubjectLength = 200;
    public const int MaxDescriptionLength = 20_000;
    public const int MaxKeyLength = 100;

    public static IReadOnlyList<UserError> Validate(OpenTicketCommand command)
    {
        var errors = new List<UserError>();
        if (string.IsNullOrWhiteSpace(command.Subject))
        {
            errors.Add(UserError.ForInput("subject", "Give the ticket a subject: one line that sums up the problem.", UserErrorCode.Required));
        }
        else if (command.Subject.Length > MaxSubjectLength)
        {
            errors.Add(UserError.ForInput("subject", $"The subject is {command.Subject.Length} characters long; keep it to {MaxSubjectLength}.", UserErrorCode.TooLong));
        }

        if (command.Description.Length > MaxDescriptionLength)
        {
            errors.Add(UserError.ForInput("description", $"The description is {command.Description.Length} characters long; keep it to {MaxDescriptionLength}.", UserErrorCode.TooLong));
        }

        if (command.IdempotencyKey is { } key && (key.Length == 0 || key.Length > MaxKeyLength))
        {
            errors.Add(UserError.ForInput("clientMutationId", $"The idempotency key must be 1 to {MaxKeyLength} characters long.", UserErrorCode.Invalid));
        }

        return errors;
    }
}
