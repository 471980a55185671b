namespace HelpDesk.Engine.Errors;

/// <summary>A problem with the input that the user can fix, naming the field at fault.</summary>
/// <param name="Field">The path to the input field, for example <c>["input", "subject"]</c>.</param>
/// <param name="Message">A sentence saying what is wrong and how to fix it.</param>
/// <param name="Code">The stable code.</param>
public sealed record UserError(IReadOnlyList<string> Field, string Message, UserErrorCode Code)
{
    /// <summary>Creates an error for a field of the mutation input.</summary>
    /// <param name="field">The input field's name.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="code">The code.</param>
    /// <returns>The error.</returns>
    public static UserError ForInput(string field, string message, UserErrorCode code) => new(["input", field], message, code);
}
