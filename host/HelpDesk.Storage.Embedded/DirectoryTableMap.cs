namespace HelpDesk.Storage.Embedded;

/// <summary>How one kind of directory entry (contacts, assets) is kept in its table.</summary>
/// <typeparam name="T">The entry type.</typeparam>
internal sealed record DirectoryTableMap<T>
{
    /// <summary>Gets the table, keyed by <c>(organization_id, id)</c> with <c>version</c> and <c>document</c> columns.</summary>
    public required string Table { get; init; }

    /// <summary>Gets what an entry is called in errors, for example <c>contact</c>.</summary>
    public required string Entity { get; init; }

    public required Func<T, string> OrganizationIdOf { get; init; }

    public required Func<T, string> IdOf { get; init; }

    public required Func<T, int> VersionOf { get; init; }

    /// <summary>Gets the columns besides key, version and document, written with every insert and update.</summary>
    public required IReadOnlyList<TableColumn<T>> Columns { get; init; }

    /// <summary>Gets the lower-cased columns (see <see cref="SearchKey"/>) a text search looks in.</summary>
    public required IReadOnlyList<string> SearchColumns { get; init; }

    /// <summary>Gets the column a list filters on when asked for one contact's entries, if entries have an owner.</summary>
    public string? OwnerColumn { get; init; }
}
