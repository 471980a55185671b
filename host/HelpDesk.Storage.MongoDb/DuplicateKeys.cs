using System.Text.RegularExpressions;
using MongoDB.Driver;

namespace HelpDesk.Storage.MongoDb;

/// <summary>Recognises MongoDB's duplicate-key errors (code 11000) and tells which unique index refused the write.</summary>
internal static partial class DuplicateKeys
{
    private const int DuplicateKeyCode = 11000;

    /// <summary>Whether <paramref name="exception"/> is a duplicate-key error, and the name of the index, when the server gave it.</summary>
    public static bool IsDuplicateKey(Exception exception, out string? index)
    {
        var message = exception switch
        {
            MongoWriteException { WriteError: { Category: ServerErrorCategory.DuplicateKey } error } => error.Message,
            MongoBulkWriteException bulk => bulk.WriteErrors.FirstOrDefault(e => e.Category == ServerErrorCategory.DuplicateKey)?.Message,
            MongoCommandException { Code: DuplicateKeyCode } command => command.ErrorMessage,
            _ => null,
        };
        index = message is null ? null : IndexNamed(message);
        return message is not null;
    }

    /// <summary>
    /// The index in a server message such as <c>E11000 duplicate key error collection: helpdesk.tickets index:
    /// ux_tickets_number dup key: { ... }</c>; the message is the one place every server version names it.
    /// </summary>
    public static string? IndexNamed(string message)
    {
        var match = IndexInMessage().Match(message);
        return match.Success ? match.Groups["index"].Value : null;
    }

    /// <summary>The key a clash was on, in the words of <see cref="HelpDesk.Engine.Storage.DuplicateKeyException"/>; the primary key is the id.</summary>
    public static string KeyOf(string? index) => index switch
    {
        StoreIndexes.TicketNumber => "number",
        StoreIndexes.TicketIdempotencyKey => "idempotency key",
        StoreIndexes.AssetSerialNumber => "serial number",
        _ => "id",
    };

    [GeneratedRegex(@"index:\s+(?<index>\S+)\s+dup key", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IndexInMessage();
}
