namespace HelpDesk.Engine.Storage;

/// <summary>
/// How the person or team a message or transfer is for is matched: trimmed and without regard to case, so
/// <c>Anna de Vries</c> and <c>anna de vries</c> are the same addressee. Stores keep this key beside the name as written.
/// </summary>
public static class AddresseeKey
{
    /// <summary>Makes the key of a name.</summary>
    /// <param name="name">The person or team as written.</param>
    /// <returns>The key.</returns>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant();
    }
}
