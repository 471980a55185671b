using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Promises;

/// <summary>
/// Applies a change to a stored promise with its events in one atomic compare-and-swap; a lost race is redone on the
/// fresh state, unless the caller named the version they read – then it is a conflict.
/// </summary>
public sealed class PromiseChangeRunner(IPromiseStore promises, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary>Applies a change.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="promiseId">The promise.</param>
    /// <param name="expectedVersion">The version the caller read, or null for the latest.</param>
    /// <param name="change">Computes the change from the promise and the time.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The promise after the change (as it is when nothing was written), or the problems.</returns>
    public async Task<OperationResult<Promise>> RunAsync(
        string organizationId, string promiseId, int? expectedVersion, Func<Promise, DateTimeOffset, PromiseChange> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var current = await promises.FindAsync(organizationId, promiseId, cancellationToken);
            if (current is null)
            {
                return Fail("promiseId", "No promise with this id exists in your organisation.", UserErrorCode.NotFound);
            }

            if (expectedVersion is { } expected && expected != current.Version)
            {
                return Conflict(current, expected);
            }

            var result = change(current, clock.GetUtcNow());
            if (result.Errors.Count > 0)
            {
                return OperationResult<Promise>.Failure(result.Errors);
            }

            if (result.Promise is null)
            {
                return OperationResult<Promise>.Success(current);
            }

            var updated = result.Promise with { Version = current.Version + 1 };
            try
            {
                await promises.UpdateAsync(updated, current.Version, result.Events, cancellationToken);
                return OperationResult<Promise>.Success(updated);
            }
            catch (ConcurrencyConflictException) when (expectedVersion is null && attempt < Attempts)
            {
                // A reminder or another agent changed the promise between our read and write; redo on what they wrote.
            }
            catch (ConcurrencyConflictException)
            {
                return Conflict(current, current.Version);
            }
        }
    }

    private static OperationResult<Promise> Conflict(Promise current, int expected) => Fail(
        "expectedVersion",
        $"The promise was changed by someone else since version {expected}; it is now at version {current.Version}. Reload it and try again.",
        UserErrorCode.Conflict);

    private static OperationResult<Promise> Fail(string field, string message, UserErrorCode code) =>
        OperationResult<Promise>.Failure([UserError.ForInput(field, message, code)]);
}
