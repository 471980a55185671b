using HelpDesk.Engine.Errors;
using HelpDesk.Engine.Storage;
using HelpDesk.Sdk.Domain;

namespace HelpDesk.Engine.Calls;

/// <summary>
/// Applies a change to a stored interaction in one compare-and-swap with its events: a stale expected version is refused
/// with a conflict; without one, a lost race is redone on the fresh state.
/// </summary>
internal sealed class InteractionChangeRunner(IInteractionStore interactions, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary>Applies a change.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="expectedVersion">The version the caller last read, or null to apply the change to the latest.</param>
    /// <param name="change">Computes the change from the current state and the time.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The interaction as changed, with the state before the change; or the problems.</returns>
    public async Task<OperationResult<ChangedInteraction>> RunAsync(
        string organizationId, string interactionId, int? expectedVersion, Func<Interaction, DateTimeOffset, InteractionChange> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await interactions.FindAsync(organizationId, interactionId, cancellationToken);
            if (current is null)
            {
                return Fail("interactionId", "No interaction with this id exists in your organisation.", UserErrorCode.NotFound);
            }

            if (expectedVersion is { } expected && expected != current.Version)
            {
                return Conflict(current, expected);
            }

            var result = change(current, clock.GetUtcNow());
            if (result.Errors.Count > 0 || result.Interaction is null)
            {
                return OperationResult<ChangedInteraction>.Failure(result.Errors);
            }

            var updated = result.Interaction with { Version = current.Version + 1 };
            try
            {
                await interactions.UpdateAsync(updated, current.Version, result.Events, cancellationToken);
                return OperationResult<ChangedInteraction>.Success(new ChangedInteraction(current, updated));
            }
            catch (ConcurrencyConflictException) when (expectedVersion is null && attempt < Attempts)
            {
                // Someone changed the interaction between our read and write; redo the change on what they wrote.
            }
            catch (ConcurrencyConflictException)
            {
                return Conflict(current, current.Version);
            }
        }
    }

    private static OperationResult<ChangedInteraction> Conflict(Interaction current, int expected) => Fail(
        "expectedVersion",
        $"The interaction was changed by someone else since version {expected}; it is now at version {current.Version}. Reload it and apply your change again.",
        UserErrorCode.Conflict);

    private static OperationResult<ChangedInteraction> Fail(string field, string message, UserErrorCode code) =>
        OperationResult<ChangedInteraction>.Failure([UserError.ForInput(field, message, code)]);
}
