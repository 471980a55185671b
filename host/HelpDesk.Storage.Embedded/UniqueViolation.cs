using Microsoft.Data.Sqlite;

namespace HelpDesk.Storage.Embedded;

/// <summary>Recognises SQLite's unique-constraint errors and tells which columns clashed.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>
    /// SQLite words these errors as "UNIQUE constraint failed: tickets.organization_id, tickets.number";
    /// the column list is the only place that names the key.
    /// </summary>
    public static bool Is(SqliteException exception, string column) =>
        exception.SqliteErrorCode == SqliteConstraint
        && exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey
        && exception.Message.Contains($".{column}", StringComparison.Ordinal);

    public static bool Is(SqliteException exception) =>
        exception.SqliteErrorCode == SqliteConstraint
        && exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;
}
