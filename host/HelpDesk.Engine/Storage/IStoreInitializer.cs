namespace HelpDesk.Engine.Storage;

/// <summary>Prepares a store at start-up (schema, indexes); must be idempotent.</summary>
public interface IStoreInitializer
{
    /// <summary>Creates what is missing; leaves what exists alone.</summary>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken);
}
