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
        Is(exception) && exception.Message.Contains($".{column}", StringComparison.Ordinal);

    public static bool Is(SqliteException exception) =>
        exception.SqliteErrorCode == SqliteConstraint
        && exception.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    /// <summary>The key a unique-constraint error clashed on, in the words of <see cref="HelpDesk.Engine.Storage.DuplicateKeyException"/>.</summary>
    public static string KeyOf(SqliteException exception) =>
        Is(exception, "idempotency_key") ? "idempotency key"
        : Is(exception, "number") ? "number"
        : Is(exception, "serial_number") ? "serial number"
        : "id";
}
