namespace HelpDesk.Engine.Storage;

/// <summary>
/// The store cannot be reached right now (for example the database server is down). Unlike a
/// configuration error this is expected to pass: the host keeps running, reports itself not ready
/// and tries again.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What cannot be reached, in a sentence an operator understands.</param>
    /// <param name="innerException">The driver's error.</param>
    public StoreUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
