namespace HelpDesk.Storage.MongoDb;

/// <summary>
/// Two upserts of a document that does not exist yet can both try to insert it; the loser gets a duplicate-key error
/// although its intent (update or create) is still valid. The server retries such upserts itself when the filter is
/// exactly the unique key; this covers servers and filters where it does not.
/// </summary>
internal static class Upserts
{
    public static async Task<T> RetryOnceOnDuplicateKeyAsync<T>(Func<Task<T>> upsert)
    {
        try
        {
            return await upsert();
        }
        catch (Exception exception) when (DuplicateKeys.IsDuplicateKey(exception, out _))
        {
            // The document exists now, so the second attempt updates it.
            return await upsert();
        }
    }
}
