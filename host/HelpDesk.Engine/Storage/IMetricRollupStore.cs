namespace HelpDesk.Engine.Storage;

/// <summary>
/// Keeps each organisation's metric rollups and how far into its event log they reach (the checkpoint). Deltas and the
/// checkpoint move together in one atomic write, so an event is never counted twice nor skipped, also after a crash.
/// </summary>
public interface IMetricRollupStore
{
    /// <summary>Reads the sequence of the last event folded into the organisation's rollups.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The sequence; 0 when nothing was folded in yet.</returns>
    Task<long> GetCheckpointAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>Adds deltas to the rollups and moves the checkpoint, provided it is still where the caller read it.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="deltas">What to add, at most one per key.</param>
    /// <param name="fromCheckpoint">The checkpoint the deltas were computed after.</param>
    /// <param name="toCheckpoint">The sequence of the last event the deltas include.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    /// <exception cref="CheckpointMovedException">Another projector moved the checkpoint first; nothing was written.</exception>
    Task ApplyAsync(string organizationId, IReadOnlyList<MetricRollup> deltas, long fromCheckpoint, long toCheckpoint, CancellationToken cancellationToken);

    /// <summary>Reads rollups.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="query">Which rollups.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rollups that exist, ordered by metric, start and dimension value.</returns>
    Task<IReadOnlyList<MetricRollup>> ReadAsync(string organizationId, MetricRollupQuery query, CancellationToken cancellationToken);

    /// <summary>Removes the organisation's rollups and sets its checkpoint back to 0, so they are rebuilt from the event log.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    Task ResetAsync(string organizationId, CancellationToken cancellationToken);
}
