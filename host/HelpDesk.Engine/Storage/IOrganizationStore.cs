using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Storage;

/// <summary>Stores organisations.</summary>
public interface IOrganizationStore
{
    /// <summary>Finds an organisation.</summary>
    /// <param name="organizationId">Its id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The organisation, or <see langword="null"/>.</returns>
    Task<Organization?> FindAsync(string organizationId, CancellationToken cancellationToken);

    /// <summary>Creates an organisation, or replaces the one with the same id.</summary>
    /// <param name="organization">The organisation.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    Task UpsertAsync(Organization organization, CancellationToken cancellationToken);

    /// <summary>Lists organisation ids in ordinal order, a page at a time, for work that visits every organisation.</summary>
    /// <param name="afterId">List the ids after this one; <see langword="null"/> to start at the first.</param>
    /// <param name="limit">How many ids at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The ids, in ordinal order.</returns>
    Task<IReadOnlyList<string>> ListIdsAsync(string? afterId, int limit, CancellationToken cancellationToken);
}
