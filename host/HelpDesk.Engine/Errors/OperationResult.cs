namespace HelpDesk.Engine.Errors;

/// <summary>The outcome of an application operation: a value, or the user errors that prevented it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed record OperationResult<T>
    where T : class
{
    /// <summary>Gets the value, when the operation succeeded.</summary>
    public T? Value { get; init; }

    /// <summary>Gets the problems; empty on success.</summary>
    public IReadOnlyList<UserError> Errors { get; init; } = [];

    /// <summary>Creates a success.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static OperationResult<T> Success(T value) => new() { Value = value };

    /// <summary>Creates a failure.</summary>
    /// <param name="errors">The problems.</param>
    /// <returns>The result.</returns>
    public static OperationResult<T> Failure(IReadOnlyList<UserError> errors) => new() { Errors = errors };
}
