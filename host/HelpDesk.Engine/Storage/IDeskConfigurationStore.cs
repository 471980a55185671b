namespace HelpDesk.Engine.Storage;

/// <summary>Stores each organisation's desk configuration (which plugins run, with which settings).</summary>
public interface IDeskConfigurationStore
{
    /// <summary>Reads an organisation's configuration.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The configuration, or <see langword="null"/> when it never saved one.</returns>
    Task<DeskConfiguration?> FindAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>Saves a configuration if nobody changed it since it was read.</summary>
    /// <param name="configuration">The new configuration, whose version is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version read, or 0 when there was none.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="ConcurrencyConflictException">Someone else saved first.</exception>
    Task SaveAsync(DeskConfiguration configuration, int expectedVersion, CancellationToken cancellationToken);
}
