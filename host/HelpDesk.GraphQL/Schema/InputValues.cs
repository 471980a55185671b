namespace HelpDesk.GraphQL.Schema;

/// <summary>Reads fields of a mutation's input object, which GraphQL.NET hands over as a dictionary.</summary>
internal static class InputValues
{
    /// <summary>Gets a field's value when it is present and of the type asked for.</summary>
    /// <typeparam name="T">The type expected (for example <c>string</c> or <c>int?</c>).</typeparam>
    /// <param name="input">The input object.</param>
    /// <param name="name">The field's name.</param>
    /// <returns>The value, or the type's default when the field is absent, null or of another type.</returns>
    public static T? Get<T>(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is T typed ? typed : default;
}
