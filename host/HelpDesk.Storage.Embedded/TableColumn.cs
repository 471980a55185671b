namespace HelpDesk.Storage.Embedded;

/// <summary>A column that copies a value out of a stored document, so it can be indexed, searched or kept unique.</summary>
/// <typeparam name="T">The document type.</typeparam>
/// <param name="Name">The column, one of the schema's own names.</param>
/// <param name="Value">Reads the column's value from a document.</param>
internal sealed record TableColumn<T>(string Name, Func<T, object?> Value);
